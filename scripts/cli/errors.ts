// Exit codes of the CLI, one per kind of failure, so scripts can tell them apart.
// A batch goes on after a failed file; the process then exits with the FIRST failed file's code.

export const EXIT = {
  ok: 0,
  /** A bug or an unexpected system error. */
  internal: 1,
  /** Bad command line: unknown option or command, no file, bad --format. */
  usage: 2,
  /** The file does not exist (or cannot be read). */
  notFound: 3,
  /** The path is a directory. */
  isDirectory: 4,
  /** Binary content, text that is not UTF-8, a .gz that does not decompress, or a device. */
  notText: 5,
  /** Nothing to analyse: an empty (or whitespace-only) file. */
  empty: 6,
  /** The page is not an article (analyse it anyway with --force). */
  notArticle: 7,
  /** The index is missing, damaged or truncated. */
  indexDamaged: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with a one-line message for stderr and the exit code that names its kind. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
