// The page's language: what it declares (<html lang>, og:locale, Content-Language), checked
// against a cheap guess from the text itself (writing system, then common short words).

import { metaContent } from './detect.ts';

/** Only this much text is looked at to guess the language. */
const SAMPLE_CHARS = 20_000;
/** Below this many letters the text says nothing reliable. */
const MIN_LETTERS = 20;
/** A writing system is "the" script of the text above this share of its letters. */
const SCRIPT_MAJORITY = 0.5;
/** Japanese text always mixes kana in with Han characters; Chinese has (almost) none. */
const JAPANESE_KANA_SHARE = 0.05;
/** A Latin-script language wins when this share of the words are its stopwords... */
const MIN_STOPWORD_SHARE = 0.12;
/** ... and it beats the runner-up by this factor (Spanish and Portuguese share many). */
const STOPWORD_MARGIN = 1.5;

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'he', 'his', 'are', 'be', 'this', 'by', 'from', 'at', 'have', 'has', 'which', 'not', 'but', 'they', 'said'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'est', 'pour', 'que', 'qui', 'dans', 'en', 'au', 'aux', 'sur', 'pas', 'par', 'ce', 'il', 'ne', 'se', 'avec', 'sont'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'un', 'una', 'que', 'es', 'por', 'para', 'con', 'no', 'se', 'su', 'al', 'lo', 'como', 'pero', 'más', 'fue'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'no', 'na', 'um', 'uma', 'que', 'é', 'para', 'com', 'não', 'se', 'por', 'ao', 'mais', 'foi'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'an', 'werden', 'wird', 'bei'],
  it: ['il', 'la', 'di', 'che', 'e', 'un', 'una', 'per', 'non', 'con', 'del', 'della', 'sono', 'gli', 'le', 'in', 'da', 'si', 'al', 'lo', 'anche', 'più'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'in', 'voor', 'met', 'niet', 'zijn', 'aan', 'er', 'ook', 'wordt', 'naar', 'bij'],
  cs: ['a', 'se', 'na', 'je', 'v', 've', 'že', 'to', 's', 'z', 'do', 'o', 'jako', 'ale', 'by', 'pro', 'jsou', 'byl', 'k', 'za', 'po', 'také'],
};
const STOPWORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]));

/** Scripts checked in order; the first holding a majority of letters decides. */
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];
const SCRIPT_LANGS: Record<string, string> = {
  Hangul: 'ko', Cyrillic: 'ru', Arabic: 'ar', Hebrew: 'he', Greek: 'el', Devanagari: 'hi', Thai: 'th',
};

/** Normalises "en_US" / "EN-us" to "en-US"; '' for junk. */
export function normaliseLangTag(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (parts.length === 0 || !/^[a-z]{2,3}$/i.test(parts[0])) return '';
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p)).join('-');
}

/** The language the page declares, '' when none. */
export function declaredLang(doc: Document): string {
  const candidates = [
    doc.documentElement?.getAttribute('lang') ?? '',
    doc.documentElement?.getAttribute('xml:lang') ?? '',
    metaContent(doc, 'og:locale'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? '',
    metaContent(doc, 'language'),
  ];
  for (const candidate of candidates) {
    const tag = normaliseLangTag(candidate.split(',')[0]);
    if (tag) return tag;
  }
  return '';
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** Guesses the primary language subtag of a text ('en', 'zh', ...), or '' when unsure. */
export function detectTextLang(fullText: string): string {
  const text = fullText.slice(0, SAMPLE_CHARS);
  const counts = Object.fromEntries(SCRIPTS.map(([name, pattern]) => [name, count(text, pattern)]));
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  if (letters < MIN_LETTERS) return '';
  const cjk = counts.Han + counts.Kana;
  if (cjk / letters > SCRIPT_MAJORITY) return counts.Kana / cjk >= JAPANESE_KANA_SHARE ? 'ja' : 'zh';
  for (const [name, lang] of Object.entries(SCRIPT_LANGS)) {
    if (counts[name] / letters > SCRIPT_MAJORITY) return lang;
  }
  if (counts.Latin / letters <= SCRIPT_MAJORITY) return '';
  return guessLatinLang(text);
}

function guessLatinLang(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return '';
  const shares = Object.entries(STOPWORD_SETS)
    .map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length / words.length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = shares;
  if (best[1] < MIN_STOPWORD_SHARE || best[1] < STOPWORD_MARGIN * second[1]) return '';
  return best[0];
}

/**
 * The page's language: the declared one, unless the text clearly says otherwise
 * (templates often keep lang="en" on pages in other languages).
 */
export function resolveLang(declared: string, detected: string): string {
  if (!declared) return detected;
  if (detected && detected !== declared.split('-')[0]) return detected;
  return declared;
}
