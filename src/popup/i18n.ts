// Every user-facing string goes through the browser's i18n API (_locales/<lang>/messages.json).
// Shared by the popup, the options page and the content script's context card.
import browser from 'webextension-polyfill';

/** The message `key` with $1…$9 substitutions; the key itself if the catalogue lacks it (visible in review). */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** "1 mention" / "12 mentions": one key per grammatical number the catalogue provides. */
export function plural(count: number, oneKey: string, otherKey: string): string {
  return t(count === 1 ? oneKey : otherKey, count);
}

/** A country name from its ISO code, in the UI language, offline (Intl); the code if unknown. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/i.test(code)) return '';
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage(), 'en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
