// `dramatis annotate FILE...`: each file read → article → people and places → written in the chosen format.
// A failed file gets one line on stderr and its exit code; the batch goes on; the first failure's code wins.
import { basename } from 'node:path';
import type { DramatisIndex } from '../../src/lib.ts';
import { CliError, EXIT, type ExitCode } from './errors.ts';
import { openIndex } from './index-file.ts';
import { readInput } from './input.ts';
import type { CliOptions } from './options.ts';
import { annotationJson, failureJson, markdownOutput, prettyJson } from './output.ts';
import { annotateArticle, articleFromHtml, articleFromText, type AnnotatedArticle } from './pipeline.ts';
import { Progress } from './progress.ts';

export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

/** Reads, extracts and annotates one file; throws CliError for every kind of bad input. */
async function processFile(name: string, options: CliOptions, index: DramatisIndex | null, io: CommandIo): Promise<AnnotatedArticle> {
  const input = await readInput(name, { kind: options.kind, stdin: io.stdin });
  const article = input.kind === 'html' ? articleFromHtml(input.content, { force: options.force }) : articleFromText(input.content);
  if (!article.isArticle) {
    throw new CliError(EXIT.notArticle, `not an article (${article.reason}); use --force to analyse it anyway`);
  }
  if (article.text.trim() === '') throw new CliError(EXIT.empty, 'no text to analyse on the page');
  // --format text needs no index: it shows what would be analysed.
  return index ? annotateArticle(article, index) : { article, result: { people: [], places: [] } };
}

/** Writes each file's output as it finishes, in the framing the format needs for several files. */
class OutputWriter {
  private written = 0;
  private readonly many: boolean;

  constructor(
    private readonly options: CliOptions,
    private readonly io: CommandIo,
  ) {
    this.many = options.files.length > 1;
  }

  begin(): void {
    if (this.options.format === 'json' && !this.options.jsonl && this.many) this.io.stdout.write('[\n');
  }

  success(name: string, annotated: AnnotatedArticle): void {
    const { format, jsonl } = this.options;
    if (format === 'json') this.json(annotationJson(name, annotated));
    else if (format === 'markdown') {
      const title = annotated.article.title || (name === '-' ? 'standard input' : basename(name));
      this.io.stdout.write((this.written ? '\n' : '') + markdownOutput({ ...annotated, article: { ...annotated.article, title } }));
    } else {
      const text = annotated.article.text;
      if (this.many) this.io.stdout.write(`${this.written ? '\n\n' : ''}==> ${name} <==\n${text}`);
      // One file: the text exactly as analysed (offsets line up); a newline only for a person at a terminal.
      else this.io.stdout.write(text + (this.io.stdout.isTTY ? '\n' : ''));
    }
    if (jsonl || format !== 'json') this.written++;
  }

  failure(name: string, error: CliError): void {
    if (this.options.format === 'json' && (this.options.jsonl || this.many)) this.json(failureJson(name, error.exitCode, error.message));
  }

  end(): void {
    if (this.options.format === 'json' && !this.options.jsonl && this.many) this.io.stdout.write('\n]\n');
    else if (this.options.format === 'text' && this.many && this.written) this.io.stdout.write('\n');
  }

  private json(value: unknown): void {
    if (this.options.jsonl) this.io.stdout.write(JSON.stringify(value) + '\n');
    else if (this.many) this.io.stdout.write((this.written++ ? ',\n' : '') + prettyJson(value));
    else this.io.stdout.write(prettyJson(value) + '\n');
  }
}

export async function runAnnotate(options: CliOptions, io: CommandIo): Promise<ExitCode> {
  // Loaded once for the whole batch; a missing or damaged index stops everything (exit 8).
  const index = options.format === 'text' ? null : await openIndex(options.indexPath);
  const progress = new Progress(options.files.length, io.stderr);
  const writer = new OutputWriter(options, io);
  let exitCode: ExitCode = EXIT.ok;
  writer.begin();
  for (const [i, name] of options.files.entries()) {
    progress.update(i, name);
    try {
      writer.success(name, await processFile(name, options, index, io));
    } catch (error) {
      const failure = error instanceof CliError ? error : new CliError(EXIT.internal, `internal error: ${(error as Error)?.stack ?? error}`.split('\n')[0]!);
      progress.message(`dramatis: ${name === '-' ? '(stdin)' : name}: ${failure.message}`);
      writer.failure(name, failure);
      if (exitCode === EXIT.ok) exitCode = failure.exitCode;
    }
  }
  progress.clear();
  writer.end();
  return exitCode;
}
