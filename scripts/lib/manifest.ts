// Adapts the one top-level manifest.json to each browser. The source carries the union of both
// browsers' keys; each target drops what the other browser needs and the target would warn about.

export type TargetBrowser = 'chrome' | 'firefox';
export const TARGET_BROWSERS: readonly TargetBrowser[] = ['chrome', 'firefox'];

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function manifestFor(browser: TargetBrowser, source: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  if (browser === 'chrome') {
    // Chrome warns about an unrecognised browser_specific_settings key.
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: worker };
  } else {
    // Firefox runs MV3 background code as a non-persistent event page, not a service worker.
    delete manifest.minimum_chrome_version;
    manifest.background = { scripts: [worker] };
  }
  return manifest;
}
