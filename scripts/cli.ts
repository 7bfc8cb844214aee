// The `dramatis` command (bin/dramatis.mjs runs this file through tsx). See scripts/cli/help.ts for usage.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CommandIo } from './cli/annotate-command.ts';
import { CliError, EXIT } from './cli/errors.ts';
import { HELP } from './cli/help.ts';
import { parseCommandLine } from './cli/options.ts';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI with these arguments (without "node" and the script) and returns the exit code. */
export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  try {
    const options = parseCommandLine(argv);
    if (options.command === 'help') {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (options.command === 'version') {
      io.stdout.write(`dramatis ${version()}\n`);
      return EXIT.ok;
    }
    // Loaded only now: help, version and usage errors answer without loading the DOM and the core.
    const { runAnnotate } = await import('./cli/annotate-command.ts');
    return await runAnnotate(options, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const hint = error.exitCode === EXIT.usage ? " (see 'dramatis --help')" : '';
    io.stderr.write(`dramatis: ${error.message}${hint}\n`);
    return error.exitCode;
  }
}

/** Entry point when run as a program: exit code set, output flushed; a closed pipe (| head) is not an error. */
export async function runAsProgram(argv = process.argv.slice(2)): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`dramatis: internal error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = EXIT.internal;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runAsProgram();
