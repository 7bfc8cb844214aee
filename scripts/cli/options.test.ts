import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from './errors.ts';
import { parseCommandLine } from './options.ts';

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT.usage) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads the annotate command with its defaults and options', () => {
    expect(parseCommandLine(['annotate', 'a.html', '-'])).toEqual({
      command: 'annotate', files: ['a.html', '-'], format: 'json', jsonl: false, force: false, kind: undefined, indexPath: undefined,
    });
    expect(parseCommandLine(['annotate', '-f', 'markdown', '--force', '--type', 'HTML', '--index', 'x.idx', 'p'])).toMatchObject({
      format: 'markdown', force: true, kind: 'html', indexPath: 'x.idx',
    });
    expect(parseCommandLine(['-h']).command).toBe('help');
    expect(parseCommandLine(['annotate', '--version']).command).toBe('version');
  });

  it('turns every mistake into a one-line usage error', () => {
    const messages = [
      usageError([]),
      usageError(['annotate']),
      usageError(['summarise', 'a.txt']),
      usageError(['annotate', '--bogus', 'a.txt']),
      usageError(['annotate', '--format', 'yaml', 'a.txt']),
      usageError(['annotate', '--jsonl', '--format', 'text', 'a.txt']),
      usageError(['annotate', '--type', 'pdf', 'a.txt']),
      usageError(['annotate', '-', '-']),
    ];
    for (const message of messages) expect(message).not.toContain('\n');
    expect(messages[3]).toBe("Unknown option '--bogus'");
    expect(messages[5]).toContain('--jsonl');
  });
});
