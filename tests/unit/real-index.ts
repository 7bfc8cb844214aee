// Loads the committed, real index once per test file (the same loader the worker runs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadIndex, type DramatisIndex } from '../../src/core/index.ts';

// DRAMATIS_INDEX points the tests at another build of the index (e.g. a candidate before it is committed).
export const INDEX_PATH = process.env.DRAMATIS_INDEX ?? fileURLToPath(new URL('../../data/index/dramatis.idx', import.meta.url));

let loading: Promise<DramatisIndex> | undefined;
export function realIndex(): Promise<DramatisIndex> {
  loading ??= loadIndex(readFileSync(INDEX_PATH), { gunzip: gunzipSync });
  return loading;
}
