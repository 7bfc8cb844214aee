// Store packages for both browsers, from the build output (run `npm run build` first):
//   npm run package  →  web-ext-artifacts/dramatis-chrome-<version>.zip, dramatis-firefox-<version>.zip
// web-ext's build command zips a directory the way the stores expect (for Chrome too).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';
import { TARGET_BROWSERS } from './lib/manifest.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS_DIR = join(ROOT, 'web-ext-artifacts');

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const browser of TARGET_BROWSERS) {
    const sourceDir = join(ROOT, 'dist', browser);
    if (!existsSync(join(sourceDir, 'manifest.json'))) throw new Error(`${sourceDir} is missing: run \`npm run build\` first`);
    const filename = `dramatis-${browser}-${version}.zip`;
    await webExt.cmd.build({ sourceDir, artifactsDir: ARTIFACTS_DIR, filename, overwriteDest: true }, { shouldExitProgram: false });
    console.log(`packaged ${browser}: ${join(ARTIFACTS_DIR, filename)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
