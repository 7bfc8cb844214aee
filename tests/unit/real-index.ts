// Loads the committed, real index once per test file (the same loader the worker runs).
import { fileURLToPath } from 'node:url';
import type { DramatisIndex } from '../../src/core/index.ts';
import { loadIndexFile } from '../../src/node/index-file.ts';

// DRAMATIS_INDEX points the tests at another build of the index (e.g. a candidate before it is committed).
export const INDEX_PATH = process.env.DRAMATIS_INDEX ?? fileURLToPath(new URL('../../data/index/dramatis.idx', import.meta.url));

let loading: Promise<DramatisIndex> | undefined;
export function realIndex(): Promise<DramatisIndex> {
  loading ??= loadIndexFile(INDEX_PATH);
  return loading;
}
