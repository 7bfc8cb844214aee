// `npm run annotate -- FILE [options]`: the CLI's `annotate` command (JSON by default; see `dramatis --help`).
import { runAsProgram } from './cli.ts';

await runAsProgram(['annotate', ...process.argv.slice(2)]);
