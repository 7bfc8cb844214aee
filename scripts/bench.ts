// npm run bench [-- --json] [-- --quick]
// Speed and size of the core: cold index load in fresh processes, heap after load, index size, annotate
// time on the seed, throughput on ≥1 MB of real article text against compromise, and pages per second
// for the whole HTML → extractArticle → annotate pipeline. Figures only: nothing here asserts a time.
// --quick times compromise on a 200 KB slice instead of the full ≥1 MB sample.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { annotate } from '../src/core/index.ts';
import { loadIndexFile } from '../src/node/index-file.ts';
import { REPO_ROOT, readSeed } from './eval/gold.ts';
import { INDEX_PATH } from './eval/systems.ts';
import { extractPage, loadExtractor } from './eval/article-text.ts';
import { englishArticleTexts, readAllPages, repeatToSize, utf8Bytes } from './bench/corpus.ts';

const TARGETS = { loadMs: 150, heapMB: 60, indexMB: 15, throughputMBps: 10, ratioVsCompromise: 10 };
const LOAD_RUNS = 5;
const SEED_WARMUP_RUNS = 5;
const SEED_RUNS = 20;
const THROUGHPUT_MIN_BYTES = 1_000_000;
const COMPROMISE_QUICK_BYTES = 200_000;
const MB = 1_000_000;
const DIST_CHROME = path.join(REPO_ROOT, 'dist/chrome');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : fs.statSync(full).size;
  }
  return total;
}

/** Cold load: each run is a new node process that imports the core, reads the file and calls loadIndex. */
function coldLoads(): { loadMs: number[]; heapBytes: number[]; bufferBytes: number[]; entities: number } {
  const child = path.join(REPO_ROOT, 'scripts/bench/load-child.ts');
  const loadMs: number[] = [];
  const heapBytes: number[] = [];
  const bufferBytes: number[] = [];
  let entities = 0;
  for (let i = 0; i < LOAD_RUNS; i++) {
    const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, INDEX_PATH], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`load child failed: ${res.stderr}`);
    const line = res.stdout.trim().split('\n').pop()!;
    const r = JSON.parse(line) as { loadMs: number; heapBytes: number; bufferBytes: number; entities: number };
    loadMs.push(r.loadMs);
    heapBytes.push(r.heapBytes);
    bufferBytes.push(r.bufferBytes);
    entities = r.entities;
  }
  return { loadMs, heapBytes, bufferBytes, entities };
}

function throughputInChild(sample: string[]): { firstPassMs: number; passMs: number[]; warmupPasses: number } {
  const samplePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dramatis-bench-')), 'sample.json');
  fs.writeFileSync(samplePath, JSON.stringify(sample));
  const child = path.join(REPO_ROOT, 'scripts/bench/throughput-child.ts');
  const res = spawnSync(process.execPath, ['--import', 'tsx', child, INDEX_PATH, samplePath], { cwd: REPO_ROOT, encoding: 'utf8' });
  fs.rmSync(path.dirname(samplePath), { recursive: true, force: true });
  if (res.status !== 0) throw new Error(`throughput child failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as { firstPassMs: number; passMs: number[]; warmupPasses: number };
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  if (!fs.existsSync(INDEX_PATH)) throw new Error(`no index at ${INDEX_PATH}: run npm run build-index first`);
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    if (!json) console.log(s);
  };

  // Size.
  const indexBytes = fs.statSync(INDEX_PATH).size;
  const shippedBytes = fs.existsSync(DIST_CHROME) ? dirBytes(DIST_CHROME) : null;

  // Cold load in fresh processes.
  const cold = coldLoads();
  const loadMs = median(cold.loadMs);
  const jsHeapMB = median(cold.heapBytes) / 2 ** 20;
  const buffersMB = median(cold.bufferBytes) / 2 ** 20;
  const heapMB = jsHeapMB + buffersMB;

  // Warm annotate on the seed.
  const index = await loadIndexFile(INDEX_PATH);
  const seed = readSeed().text;
  for (let i = 0; i < SEED_WARMUP_RUNS; i++) annotate(seed, index);
  const seedMs = median(Array.from({ length: SEED_RUNS }, () => timeIt(() => annotate(seed, index))));

  // Throughput on ≥1 MB of article text.
  const pages = readAllPages();
  const articles = await englishArticleTexts(pages);
  const sample = repeatToSize(articles.map((a) => a.text), THROUGHPUT_MIN_BYTES);
  const sampleBytes = utf8Bytes(sample);
  // Timed in a fresh process holding only the core and the index, as the worker does; the first pass,
  // with the JIT still cold, is reported too.
  const { firstPassMs, passMs, warmupPasses } = throughputInChild(sample);
  const oursMs = median(passMs);
  const throughputMBps = sampleBytes / MB / (oursMs / 1000);
  const firstPassMBps = sampleBytes / MB / (firstPassMs / 1000);

  const compromiseSample = quick ? repeatToSize(sample, COMPROMISE_QUICK_BYTES) : sample;
  const compromiseBytes = utf8Bytes(compromiseSample);
  nlp(sample[0]).people(); // warm-up
  const compromiseMs = timeIt(() =>
    compromiseSample.forEach((t) => {
      const doc = nlp(t);
      doc.people().out('array');
      doc.places().out('array');
    }),
  );
  const compromiseMBps = compromiseBytes / MB / (compromiseMs / 1000);

  // Whole pipeline per page: parse HTML, extract, annotate.
  const usingExtractor = (await loadExtractor()) !== null;
  let extractMs = 0;
  let annotateMs = 0;
  for (const page of pages) {
    const t0 = performance.now();
    const { article } = await extractPage(page.html);
    const t1 = performance.now();
    if (article.isArticle) annotate(article.text, index);
    extractMs += t1 - t0;
    annotateMs += performance.now() - t1;
  }
  const pipelineMs = extractMs + annotateMs;
  const pagesPerSecond = pages.length / (pipelineMs / 1000);

  const mark = (ok: boolean) => (ok ? 'ok ' : 'MISS');
  say('Dramatis bench (times are medians where repeated; nothing asserted)');
  say(`  entities in index     ${cold.entities}`);
  say(`  index file            ${(indexBytes / MB).toFixed(2)} MB        target ≤ ${TARGETS.indexMB} MB   ${mark(indexBytes / MB <= TARGETS.indexMB)}`);
  say(
    shippedBytes === null
      ? '  shipped (dist/chrome) not built: run npm run build; the index file above is the bulk of it'
      : `  shipped (dist/chrome) ${(shippedBytes / MB).toFixed(2)} MB`,
  );
  say(`  cold load             ${loadMs.toFixed(1)} ms       target ≤ ${TARGETS.loadMs} ms   ${mark(loadMs <= TARGETS.loadMs)}   (median of ${LOAD_RUNS} fresh processes: ${cold.loadMs.map((x) => x.toFixed(0)).join(', ')} ms; read + loadIndex)`);
  say(`  heap after load       ${heapMB.toFixed(1)} MB       target ≤ ${TARGETS.heapMB} MB    ${mark(heapMB <= TARGETS.heapMB)}   (after gc: JS heap ${jsHeapMB.toFixed(1)} MB + array buffers ${buffersMB.toFixed(1)} MB)`);
  say(`  annotate seed         ${seedMs.toFixed(2)} ms      (median of ${SEED_RUNS} after ${SEED_WARMUP_RUNS} warm-up runs; ${seed.length} chars)`);
  say(`  throughput            ${throughputMBps.toFixed(2)} MB/s    target ≥ ${TARGETS.throughputMBps} MB/s  ${mark(throughputMBps >= TARGETS.throughputMBps)}   (${(sampleBytes / MB).toFixed(2)} MB UTF-8: ${articles.length} English articles, ${sample.length} texts; fresh process, median of ${passMs.length} passes after ${warmupPasses} warm-up passes: ${passMs.map((ms) => (sampleBytes / MB / (ms / 1000)).toFixed(1)).join(', ')} MB/s)`);
  say(`  first pass (cold JIT) ${firstPassMBps.toFixed(2)} MB/s    (the same sample, timed before any warm-up, as a fresh worker meets it)`);
  say(`  compromise            ${compromiseMBps.toFixed(3)} MB/s   (people()+places() on ${(compromiseBytes / MB).toFixed(2)} MB${quick ? ', a 200 KB slice (--quick)' : ', the same sample'})`);
  const ratio = throughputMBps / compromiseMBps;
  say(`  ratio ours/compromise ${ratio.toFixed(1)}×         target ≥ ${TARGETS.ratioVsCompromise}×       ${mark(ratio >= TARGETS.ratioVsCompromise)}`);
  say(`  full pipeline         ${pagesPerSecond.toFixed(1)} pages/s  (${pages.length} Readability pages: linkedom parse → ${usingExtractor ? 'extractArticle' : 'Readability (extractArticle unavailable)'} → annotate; ${((extractMs / pipelineMs) * 100).toFixed(0)}% of the time is parse + extraction)`);

  if (json) {
    console.log(lines.join('\n'));
    console.log(
      JSON.stringify({
        entities: cold.entities,
        indexBytes,
        shippedBytes,
        loadMs: round(loadMs, 1),
        heapMB: round(heapMB, 1),
        seedMs: round(seedMs, 2),
        throughputMBps: round(throughputMBps, 2),
        firstPassMBps: round(firstPassMBps, 2),
        compromiseMBps: round(compromiseMBps, 3),
        ratioVsCompromise: round(ratio, 1),
        pagesPerSecond: round(pagesPerSecond, 1),
      }),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
