import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from './errors.ts';
import { decodeText, inputKind, readInput } from './input.ts';

const failure = (fn: () => unknown): number | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof CliError ? error.exitCode : undefined;
  }
  return EXIT.ok;
};

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark, so offsets count from the first real character', () => {
    expect(decodeText(Buffer.from('\uFEFFErdoğan in Ankara', 'utf8'))).toBe('Erdoğan in Ankara');
  });

  it('refuses empty, blank, binary and non-UTF-8 input with their own exit codes', () => {
    expect(failure(() => decodeText(new Uint8Array()))).toBe(EXIT.empty);
    expect(failure(() => decodeText(Buffer.from(' \r\n\t')))).toBe(EXIT.empty);
    expect(failure(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe(EXIT.notText);
    expect(failure(() => decodeText(Buffer.from('Gen\u00e8ve', 'latin1')))).toBe(EXIT.notText);
  });
});

describe('inputKind', () => {
  it('goes by the extension, looking through .gz', () => {
    expect(inputKind('a.txt', '<p>looks like html</p>')).toBe('text');
    expect(inputKind('page.HTML.gz', 'plain words')).toBe('html');
    expect(inputKind('page.htm', '')).toBe('html');
  });

  it('sniffs stdin and unknown names by the opening markup, and obeys --type', () => {
    expect(inputKind('-', '<!-- saved -->\n<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(inputKind('-', '  <html lang="en">')).toBe('html');
    expect(inputKind('-', 'Syrian war threatens to escalate <b>')).toBe('text');
    expect(inputKind('-', '<html>', 'text')).toBe('text');
  });
});

describe('readInput from a stream', () => {
  it('decompresses gzip by its magic bytes, whatever the name', async () => {
    const stdin = Readable.from([gzipSync('<!doctype html><title>x</title><p>Aleppo</p>')]);
    await expect(readInput('-', { stdin })).resolves.toMatchObject({ kind: 'html', content: expect.stringContaining('Aleppo') });
  });
});
