// A one-line progress bar on stderr for long batches, only when a person is watching (stderr is a TTY).
// Messages written through it clear the bar first, so they stay one clean line each.

/** Batches shorter than this finish too fast to need a bar. */
export const PROGRESS_MIN_FILES = 20;
const BAR_WIDTH = 24;

export class Progress {
  readonly enabled: boolean;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && total >= PROGRESS_MIN_FILES;
  }

  /** Shows `done` of `total` files finished, with the name of the file being read. */
  update(done: number, current: string): void {
    if (!this.enabled) return;
    const filled = Math.round((BAR_WIDTH * done) / this.total);
    const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.stream.columns || 80) - head.length - 1);
    const name = current.length > room ? '…' + current.slice(current.length - room + 1) : current;
    this.stream.write(`\r\x1b[2K${head}${name}`);
    this.shown = true;
  }

  /** Writes one line of message, keeping the bar out of its way. */
  message(line: string): void {
    this.clear();
    this.stream.write(line + '\n');
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
