// The systems the eval compares: the Dramatis core (with the committed index) and the compromise baseline.
import fs from 'node:fs';
import path from 'node:path';
import { annotate } from '../../src/core/index.ts';
import { loadIndexFile } from '../../src/node/index-file.ts';
import { REPO_ROOT } from './gold.ts';
import { compromiseAnnotate } from './compromise.ts';
import type { SystemResult } from './score.ts';

/** The committed index; DRAMATIS_INDEX=<file> points the eval and bench at another build. */
export const INDEX_PATH = process.env.DRAMATIS_INDEX ? path.resolve(process.env.DRAMATIS_INDEX) : path.join(REPO_ROOT, 'data/index/dramatis.idx');

export interface NamedSystem {
  name: string;
  annotate(text: string): SystemResult;
}

/** The core with the committed index, or the reason it cannot run. */
export async function loadCore(indexPath = INDEX_PATH): Promise<NamedSystem | string> {
  if (!fs.existsSync(indexPath)) return `no index at ${path.relative(REPO_ROOT, indexPath)} (run npm run build-index)`;
  const index = await loadIndexFile(indexPath);
  return { name: 'dramatis', annotate: (text) => annotate(text, index) };
}

export const compromiseSystem: NamedSystem = { name: 'compromise', annotate: compromiseAnnotate };
