import { describe, expect, it } from 'vitest';
import { Progress, PROGRESS_MIN_FILES } from './progress.ts';

/** A terminal-like stream that records what is written to it. */
function terminal(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 40, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('Progress', () => {
  it('draws a bar only for a long batch on a terminal', () => {
    expect(new Progress(PROGRESS_MIN_FILES, terminal(true).stream).enabled).toBe(true);
    expect(new Progress(PROGRESS_MIN_FILES - 1, terminal(true).stream).enabled).toBe(false);
    const piped = terminal(false);
    const progress = new Progress(500, piped.stream);
    progress.update(10, 'a.html');
    progress.message('dramatis: a.html: no such file');
    expect(piped.writes).toEqual(['dramatis: a.html: no such file\n']);
  });

  it('fits the terminal width, and clears itself before a message', () => {
    const tty = terminal(true);
    const progress = new Progress(100, tty.stream);
    progress.update(50, '/a/very/long/path/to/some/page/that/does/not/fit.html');
    const bar = tty.writes.at(-1)!.replace('\r\x1b[2K', '');
    expect(bar).toMatch(/^\[#{12}-{12}\] 50\/100 …/);
    expect(bar.length).toBeLessThan(40);
    progress.message('dramatis: x: empty file');
    expect(tty.writes.slice(-2)).toEqual(['\r\x1b[2K', 'dramatis: x: empty file\n']);
  });
});
