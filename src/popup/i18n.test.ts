// The message catalogue and the code agree: every key the UI asks for exists in
// _locales/en/messages.json (with a $PLACEHOLDER$ for each substitution it passes), and every
// catalogue entry is used by the code or the manifest.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

const UI_FILES = [...sources(join(ROOT, 'src/popup')), ...sources(join(ROOT, 'src/options')), join(ROOT, 'content/card.ts'), join(ROOT, 'content/reader.ts')];
const code = UI_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Keys in t('key', ...) and plural(n, 'one', 'other') calls, plus string-valued key tables ('statusIdle'). */
const usedKeys = new Set([
  ...[...code.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]),
  ...[...code.matchAll(/\bplural\([^,]+,\s*'([A-Za-z]+)',\s*'([A-Za-z]+)'\)/g)].flatMap((m) => [m[1], m[2]]),
  ...[...code.matchAll(/:\s*'(status[A-Z][A-Za-z]+)'/g)].map((m) => m[1]),
  ...[...code.matchAll(/\? '(mentionWord[A-Za-z]+)' : '(mentionWord[A-Za-z]+)'/g)].flatMap((m) => [m[1], m[2]]),
]);
const manifestKeys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);

describe('_locales/en/messages.json', () => {
  it('has every key the UI and the manifest use', () => {
    const missing = [...usedKeys, ...manifestKeys].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
    expect(manifestKeys.sort()).toEqual(['actionTitle', 'extDescription', 'extName']);
  });

  it('uses every key it has', () => {
    expect(Object.keys(catalogue).filter((key) => !usedKeys.has(key) && !manifestKeys.includes(key))).toEqual([]);
  });

  it('defines each $PLACEHOLDER$ of a message, numbered $1, $2… in order', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
      const named = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1].toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {});
      expect(named.sort(), key).toEqual([...defined].sort());
      Object.values(entry.placeholders ?? {}).forEach((placeholder, i) => expect(placeholder.content, key).toBe(`$${i + 1}`));
    }
  });
});
