// Opening the shipped index from Node (CLI, library, tests, eval, bench): the same loadIndex the
// worker runs, with Node's zlib for the gzip layer (Node's web-streams DecompressionStream is slower).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadIndex, type DramatisIndex } from '../core/index.ts';

/** The index shipped with the package (gzip'd binary; built by `npm run build-index`). */
export const DEFAULT_INDEX_PATH = fileURLToPath(new URL('../../data/index/dramatis.idx', import.meta.url));

/** Reads and opens an index file. Rejects with IndexFormatError when the file is damaged. */
export function loadIndexFile(path: string = DEFAULT_INDEX_PATH): Promise<DramatisIndex> {
  return loadIndex(readFileSync(path), { gunzip: (bytes) => gunzipSync(bytes) });
}
