import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv, readTar } from './read.ts';

function tarEntry(name: string, body: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  header.write('0', 156);
  header.write('ustar\0', 257);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([header, data]);
}

describe('readers', () => {
  it('parses quoted CSV with commas, quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n1,\n');
    expect(rows).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }, { a: '1', b: '' }]);
  });
  it('reads a gzipped tar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-tar-'));
    const file = join(dir, 't.tar.gz');
    writeFileSync(file, gzipSync(Buffer.concat([tarEntry('r/html/bio.csv', 'id,name\nQ1,Ann\n'), tarEntry('r/x.txt', 'é'), Buffer.alloc(1024)])));
    const files = readTar(file);
    expect([...files.keys()]).toEqual(['r/html/bio.csv', 'r/x.txt']);
    expect(files.get('r/x.txt')!.toString('utf8')).toBe('é');
  });
});
