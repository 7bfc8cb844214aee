// Run in a fresh process by scripts/bench.ts, like the worker that annotates articles: only the core
// and the index in memory (not the bench's parsed pages or compromise). Reads the sample texts from the
// JSON file given, times THROUGHPUT_RUNS passes after warm-up and prints one JSON line.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { annotate } from '../../src/core/index.ts';
import { loadIndexFile } from '../../src/node/index-file.ts';

/** Passes before timing: V8 needs a few over the sample to optimise the hot code. */
const WARMUP_PASSES = 5;
/** Timed passes; the caller reports the median (this machine's speed drifts from minute to minute). */
const RUNS = 5;

async function main() {
  const [indexPath, samplePath] = process.argv.slice(2);
  const index = await loadIndexFile(indexPath);
  const sample = JSON.parse(fs.readFileSync(samplePath!, 'utf8')) as string[];
  const pass = () => {
    const t0 = performance.now();
    for (const text of sample) annotate(text, index);
    return performance.now() - t0;
  };
  const firstPassMs = pass();
  for (let i = 1; i < WARMUP_PASSES; i++) pass();
  const passMs = Array.from({ length: RUNS }, pass);
  console.log(JSON.stringify({ firstPassMs, passMs, warmupPasses: WARMUP_PASSES }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
