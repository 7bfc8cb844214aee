// Opens the index for the CLI: a missing or damaged file is exit code 8, which stops the whole run.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_INDEX_PATH, IndexFormatError, loadIndex, type DramatisIndex } from '../../src/lib.ts';
import { CliError, EXIT } from './errors.ts';

export async function openIndex(path = DEFAULT_INDEX_PATH): Promise<DramatisIndex> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = path === DEFAULT_INDEX_PATH ? ' — run `npm run build-index`' : '';
    throw new CliError(EXIT.indexDamaged, `index ${path}: ${code === 'ENOENT' ? 'not found' : `cannot read (${code})`}${hint}`);
  }
  try {
    // zlib rather than web streams for the gzip layer: faster in Node (see src/node/index-file.ts).
    return await loadIndex(bytes, { gunzip: (data) => gunzipSync(data) });
  } catch (error) {
    if (error instanceof IndexFormatError) throw new CliError(EXIT.indexDamaged, `index ${path}: ${error.message}`);
    throw error;
  }
}
