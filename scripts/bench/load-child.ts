// Run in a fresh process by scripts/bench.ts: reads the index file and runs the same loadIndex the
// worker runs, then prints one JSON line {loadMs, heapBytes, entities}. Needs node --expose-gc.
import { performance } from 'node:perf_hooks';
import { loadIndexFile } from '../../src/node/index-file.ts';

const gc = (globalThis as { gc?: () => void }).gc;

/** Read and load in their own scope, so the file buffer can be collected if the index does not keep it. */
async function load(indexPath: string) {
  const t0 = performance.now();
  const index = await loadIndexFile(indexPath);
  return { index, loadMs: performance.now() - t0 };
}

async function main() {
  const indexPath = process.argv[2];
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  const before = process.memoryUsage();
  const { index, loadMs } = await load(indexPath);
  gc();
  const after = process.memoryUsage();
  // Typed arrays live outside the JS heap (arrayBuffers); both count towards what the worker holds.
  const heapBytes = after.heapUsed - before.heapUsed;
  const bufferBytes = after.arrayBuffers - before.arrayBuffers;
  console.log(JSON.stringify({ loadMs, heapBytes, bufferBytes, entities: index.entityCount }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
