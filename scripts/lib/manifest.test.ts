import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest.ts';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifestFor', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const chrome = manifestFor('chrome', source, '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.manifest_version).toBe(3);
  });

  it('gives Firefox background scripts and a Gecko id', () => {
    const firefox = manifestFor('firefox', source, '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    const gecko = (firefox.browser_specific_settings as { gecko: { id: string; strict_min_version: string } }).gecko;
    expect(gecko.id).toMatch(/@/);
    // CSS Custom Highlight API arrived in Firefox 140.
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('asks only for the storage permission and no host permissions', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser, source, '0.0.1');
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.host_permissions).toBeUndefined();
    }
  });

  it('does not modify its input', () => {
    const before = JSON.stringify(source);
    manifestFor('firefox', source, '9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });
});
