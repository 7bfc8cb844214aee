// Reads one input (a path or "-" for stdin) into text, with a distinct CliError for each kind of bad input.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { CliError, EXIT } from './errors.ts';

export type InputKind = 'text' | 'html';

export interface LoadedInput {
  /** The path as given, or "-" for stdin. */
  name: string;
  kind: InputKind;
  /** Decoded UTF-8 content (a leading byte-order mark removed). */
  content: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
/** Content that opens with a doctype or one of these tags is HTML (for stdin and unknown extensions). */
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]/i;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readPath(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(EXIT.notFound, 'no such file');
    throw new CliError(EXIT.notFound, `cannot read (${code ?? (error as Error).message})`);
  }
  if (info.isDirectory()) throw new CliError(EXIT.isDirectory, 'is a directory (give the files inside it)');
  // A device such as /dev/zero would never end; pipes (FIFOs) are fine.
  if (!info.isFile() && !info.isFIFO()) throw new CliError(EXIT.notText, 'not a regular file');
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(EXIT.notFound, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Bytes → text, refusing binary data and invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CliError(EXIT.empty, 'empty file');
  if (bytes.includes(0)) throw new CliError(EXIT.notText, 'binary content (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(EXIT.notText, 'not valid UTF-8 text');
  }
  if (text.trim() === '') throw new CliError(EXIT.empty, 'empty file (whitespace only)');
  return text;
}

/** Which pipeline an input goes through: by extension (".gz" looked through), else by sniffing. */
export function inputKind(name: string, content: string, forced?: InputKind): InputKind {
  if (forced) return forced;
  const base = name.replace(/\.gz$/i, '');
  if (HTML_EXTENSIONS.test(base)) return 'html';
  if (TEXT_EXTENSIONS.test(base)) return 'text';
  return HTML_START.test(content.slice(0, 4096)) ? 'html' : 'text';
}

export async function readInput(
  name: string,
  options: { kind?: InputKind; stdin?: NodeJS.ReadableStream } = {},
): Promise<LoadedInput> {
  let bytes: Uint8Array = name === '-' ? await readStdin(options.stdin ?? process.stdin) : await readPath(name);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CliError(EXIT.notText, 'damaged gzip data');
    }
  } else if (/\.gz$/i.test(name) && bytes.length > 0) {
    throw new CliError(EXIT.notText, 'not gzip data despite the .gz name');
  }
  const content = decodeText(bytes);
  return { name, kind: inputKind(name, content, options.kind), content };
}
