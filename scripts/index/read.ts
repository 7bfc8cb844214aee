// Readers for the raw file formats under the shared data dir: gzip, tar, CSV/TSV, JSON Lines.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Whole file as text, gunzipped when the name ends in .gz. */
export function readText(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** Entries of a (gzipped) ustar archive: regular files only, path → bytes, in archive order. */
export function readTar(path: string): Map<string, Buffer> {
  const raw = readFileSync(path);
  const buf = path.endsWith('.gz') || path.endsWith('.tgz') ? gunzipSync(raw) : raw;
  const files = new Map<string, Buffer>();
  let pos = 0;
  let longName: string | null = null;
  while (pos + 512 <= buf.length) {
    const header = buf.subarray(pos, pos + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    let name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const body = buf.subarray(pos + 512, pos + 512 + size);
    pos += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') { longName = body.toString('utf8').replace(/\0.*$/s, ''); continue; } // GNU long name
    if (type === 'x' || type === 'g') { // pax header: take its path= record
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (m && type === 'x') longName = m[1];
      continue;
    }
    if (longName) { name = longName; longName = null; }
    if (type === '0' || type === '\0' || type === '7') files.set(name.replace(/^\.\//, ''), Buffer.from(body));
  }
  return files;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) → rows of strings. */
export function parseCsvRows(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** CSV with a header line → records keyed by column name (missing cells are ''). */
export function parseCsv(text: string, sep = ','): Record<string, string>[] {
  const rows = parseCsvRows(text, sep);
  const header = rows[0] ?? [];
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

/** TSV as GeoNames writes it: no quoting, tab-separated, header line added by the data README. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
  });
}

export function parseJsonl(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** String property of a loosely typed record, '' when absent. */
export function str(rec: Record<string, unknown>, key: string): string {
  const v = rec[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

export function num(rec: Record<string, unknown>, key: string): number {
  const v = rec[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : NaN;
}
