// Builds the extension for both browsers: dist/chrome/ and dist/firefox/.
// One source manifest (manifest.json), one set of bundles; only the manifest differs per browser.
//   npm run build
import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, iconPng } from './lib/icons.ts';
import { TARGET_BROWSERS, manifestFor, type TargetBrowser } from './lib/manifest.ts';
import { MINI_MAP_SIZE } from '../content/mini-map.ts';
import { landPath, projectionFor } from '../src/popup/map/world.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** Oldest engines we support: CSS Custom Highlight API (Chrome 105, Firefox 140). */
const ENGINE_TARGETS = ['chrome105', 'firefox140'];

/** Bundle entry → output file inside each browser's directory. */
const BUNDLES = [
  { entry: 'src/background/main.ts', out: 'background.js', what: 'background worker' },
  { entry: 'content/main.ts', out: 'content.js', what: 'content script' },
  { entry: 'src/popup/main.tsx', out: 'popup/popup.js', what: 'popup' },
  { entry: 'src/options/main.tsx', out: 'options/options.js', what: 'options page' },
  // Loaded by the popup after its lists show: world land + d3-geo stay out of the first paint.
  { entry: 'src/popup/map/api.ts', out: 'popup/map.js', what: 'popup map' },
];
/** Files copied verbatim: source → destination inside each browser's directory. */
const STATIC_FILES = [
  { from: 'src/popup/popup.html', to: 'popup/popup.html', what: 'popup page' },
  { from: 'src/popup/popup.css', to: 'popup/popup.css', what: 'popup style sheet' },
  { from: 'src/options/options.html', to: 'options/options.html', what: 'options page' },
  { from: 'src/options/options.css', to: 'options/options.css', what: 'options style sheet' },
  { from: '_locales/en/messages.json', to: '_locales/en/messages.json', what: 'default locale strings (manifest default_locale)' },
  { from: 'data/index/dramatis.idx', to: 'index/dramatis.idx', what: 'entity index (run `npm run build-index`)' },
];

/** Translations: _locales/<lang>/messages.json, copied as they are. */
const LOCALES_DIR = '_locales';

/** The context card's world map, drawn here so the content script carries no map code (content/mini-map.ts). */
function miniMapLand(): string {
  const path = landPath(projectionFor({ kind: 'world' }, { ...MINI_MAP_SIZE, padding: 0 }));
  return path.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

function requireInputs(): void {
  const missing = [...BUNDLES.map((b) => ({ path: b.entry, what: b.what })), ...STATIC_FILES.map((f) => ({ path: f.from, what: f.what }))]
    .filter(({ path }) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    const list = missing.map(({ path, what }) => `  - ${path} (${what})`).join('\n');
    throw new Error(`cannot build the extension, missing input files:\n${list}`);
  }
}

async function buildBundles(outDir: string): Promise<void> {
  await build({
    entryPoints: BUNDLES.map((b) => ({ in: join(ROOT, b.entry), out: b.out.replace(/\.js$/, '') })),
    outdir: outDir,
    bundle: true,
    // Content scripts and Firefox background scripts cannot be modules; an IIFE works everywhere.
    format: 'iife',
    target: ENGINE_TARGETS,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    // Keep the code readable for store reviewers; bundles are small.
    minify: false,
    define: { 'process.env.NODE_ENV': '"production"', __DRAMATIS_MINI_MAP_LAND__: JSON.stringify(miniMapLand()) },
  });
}

function writeBrowserDir(browser: TargetBrowser, bundleDir: string): string {
  const outDir = join(DIST, browser);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sourceManifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifestFor(browser, sourceManifest, version), null, 2) + '\n');
  const copies = [...BUNDLES.map((b) => ({ from: join(bundleDir, b.out), to: b.out })), ...STATIC_FILES.map((f) => ({ from: join(ROOT, f.from), to: f.to }))];
  for (const { from, to } of copies) {
    mkdirSync(dirname(join(outDir, to)), { recursive: true });
    copyFileSync(from, join(outDir, to));
  }
  // Every locale, not only the default one copied above.
  cpSync(join(ROOT, LOCALES_DIR), join(outDir, LOCALES_DIR), { recursive: true });
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(outDir, 'icons', `icon-${size}.png`), iconPng(size));
  return outDir;
}

async function main(): Promise<void> {
  const started = performance.now();
  requireInputs();
  const bundleDir = join(DIST, '.bundles');
  rmSync(bundleDir, { recursive: true, force: true });
  await buildBundles(bundleDir);
  for (const browser of TARGET_BROWSERS) console.log(`built ${browser}: ${writeBrowserDir(browser, bundleDir)}`);
  rmSync(bundleDir, { recursive: true, force: true });
  console.log(`build finished in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
