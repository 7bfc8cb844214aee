// Command-line parsing for `dramatis`: node:util parseArgs, with every mistake as a usage CliError.
import { parseArgs } from 'node:util';
import { CliError, EXIT } from './errors.ts';
import type { InputKind } from './input.ts';
import { FORMATS, type Format } from './output.ts';

export interface CliOptions {
  command: 'annotate' | 'help' | 'version';
  files: string[];
  format: Format;
  jsonl: boolean;
  force: boolean;
  kind?: InputKind;
  indexPath?: string;
}

const KINDS: Record<string, InputKind> = { txt: 'text', text: 'text', html: 'html' };

export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        jsonl: { type: 'boolean' },
        force: { type: 'boolean' },
        type: { type: 'string' },
        index: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    // parseArgs explains itself in one sentence plus advice; keep the sentence.
    throw new CliError(EXIT.usage, (error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, ''));
  }
  const { values, positionals } = parsed;
  const base = { files: [], format: 'json' as Format, jsonl: false, force: false };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new CliError(EXIT.usage, 'no command given');
  if (command !== 'annotate') throw new CliError(EXIT.usage, `unknown command '${command}' (the command is 'annotate')`);
  if (files.length === 0) throw new CliError(EXIT.usage, "no FILE given (a path, or '-' for standard input)");
  if (files.filter((f) => f === '-').length > 1) throw new CliError(EXIT.usage, "standard input ('-') can be read only once");

  const jsonl = values.jsonl === true;
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError(EXIT.usage, `unknown format '${values.format}' (json, markdown or text)`);
  if (jsonl && format !== 'json') throw new CliError(EXIT.usage, `--jsonl writes JSON; it cannot be combined with --format ${format}`);

  let kind: InputKind | undefined;
  if (values.type !== undefined) {
    kind = KINDS[values.type.toLowerCase()];
    if (!kind) throw new CliError(EXIT.usage, `unknown --type '${values.type}' (txt or html)`);
  }
  return { command: 'annotate', files, format, jsonl, force: values.force === true, kind, indexPath: values.index };
}
