// Loads the packaged entity index once per worker life. The worker may be killed and restarted at
// any time (Chrome service worker, Firefox event page); each new life loads it again on first use.
import browser from 'webextension-polyfill';
import { loadIndex, type DramatisIndex } from '../core/index.ts';

export const INDEX_PATH = 'index/dramatis.idx';
/** Shown to the user when the index cannot be read: only reinstalling brings a good copy back. */
export const INDEX_DAMAGED = 'index damaged — reinstall';

let loading: Promise<DramatisIndex> | undefined;

async function fetchAndLoad(): Promise<DramatisIndex> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(browser.runtime.getURL(INDEX_PATH));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    console.error('Dramatis: cannot read the index file', error);
    throw new Error(INDEX_DAMAGED);
  }
  try {
    // `await` so a loader that returns a promise is covered by the same catch.
    return await loadIndex(bytes);
  } catch (error) {
    console.error('Dramatis: the index file is corrupt', error);
    throw new Error(INDEX_DAMAGED);
  }
}

/** The index, loaded on first call. A failed load is not cached, so a later call tries again. */
export function getIndex(): Promise<DramatisIndex> {
  loading ??= fetchAndLoad().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
