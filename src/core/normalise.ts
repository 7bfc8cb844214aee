// Stage 1 — normalise: split text into word tokens with exact offsets, a case-and-accent-folded form
// for index look-ups, the token's capitalisation shape, and what separates it from the previous token.
// Index keys are made with the very same function (`normaliseKey`), so text and index always agree.

/** Capitalisation of a token as written. */
export const Shape = {
  Lower: 0, // "said"
  Title: 1, // "Obama", "McCain"
  Upper: 2, // "US", "NATO", "U.S."
  Other: 3, // "3", "20th"
} as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

/** What stands between a token and the one before it; a key may only span Space and Hyphen gaps. */
export const Gap = {
  Space: 0, // spaces, a single line break
  Hyphen: 1, // "al-Assad", "Turkish-Syrian"
  Comma: 2,
  Break: 3, // sentence punctuation, quotes, brackets, paragraph breaks, start of text
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export interface Token {
  start: number;
  end: number;
  /** Case-folded, accent-free form used for index look-ups ("erdogan" for "Erdoğan"). */
  norm: string;
  shape: Shape;
  gap: Gap;
  /** True when the token opens a sentence, where capitals prove nothing. */
  sentenceStart: boolean;
}

// A word: letters, marks and digits, with inner apostrophes ("O'Brien", "I‘zāz"); or a dotted
// abbreviation ("U.S.", "D.C."), which is one token.
const TOKEN_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ‘][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ‘`]/g;
const POSSESSIVE = /['’ʼ]s$/i;
const NON_ASCII = /[^\x00-\x7f]/;
const DIACRITICS = /\p{M}/gu;
/** Letters that NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h', ŧ: 't', ŀ: 'l', ĸ: 'k',
};
const SPECIAL_LETTER_PATTERN = /[ıøßłđæœþðħŧŀĸ]/g;

/** Folds one word: lower case, no accents, no apostrophes or dots. "Erdoğan" → "erdogan", "U.S." → "us". */
export function foldWord(word: string): string {
  let folded = word.toLowerCase();
  if (NON_ASCII.test(folded)) {
    folded = folded.normalize('NFKD').replace(DIACRITICS, '').replace(SPECIAL_LETTER_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c);
  }
  if (folded.includes('.')) folded = folded.replaceAll('.', '');
  return folded.replace(APOSTROPHES, '');
}

function shapeOf(word: string): Shape {
  const first = word[0]!;
  const lower = first.toLowerCase();
  if (lower === first.toUpperCase()) return Shape.Other; // digit or a caseless script
  if (first === lower) return Shape.Lower;
  // Upper when no lower-case letter follows and there are at least two letters ("US", "NATO", "U.S.").
  let letters = 0;
  for (const ch of word) {
    if (ch !== ch.toUpperCase()) return Shape.Title;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2 ? Shape.Upper : Shape.Title;
}

function gapBetween(text: string, from: number, to: number): { gap: Gap; sentenceStart: boolean } {
  if (from === 0 && to === 0) return { gap: Gap.Break, sentenceStart: true };
  let gap: Gap = Gap.Space;
  let sentenceStart = false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13) continue;
    if (c === 10) {
      if (++newlines >= 2) {
        gap = Gap.Break;
        sentenceStart = true;
      }
      continue;
    }
    if (c === 45 || c === 0x2010 || c === 0x2011) {
      if (gap < Gap.Hyphen) gap = Gap.Hyphen;
      continue;
    }
    if (c === 44) {
      if (gap < Gap.Comma) gap = Gap.Comma;
      continue;
    }
    gap = Gap.Break;
    // . ! ? : ; and closing quotes after them open a new sentence; so does an opening quote or a bullet.
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2022 || c === 0x201c || c === 34 || c === 0x2014) {
      sentenceStart = true;
    }
  }
  return { gap, sentenceStart };
}

/**
 * Splits text into tokens. Possessive endings are dropped ("Washington’s" → "Washington"), so a key
 * never has to list them. Offsets are UTF-16 offsets into `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    let word = m[0];
    const start = m.index;
    if (word.length > 2 && POSSESSIVE.test(word)) word = word.slice(0, -2);
    const end = start + word.length;
    const { gap, sentenceStart } = gapBetween(text, previousEnd, start);
    tokens.push({
      start,
      end,
      norm: foldWord(word),
      shape: shapeOf(word),
      gap: tokens.length === 0 ? Gap.Break : gap,
      sentenceStart: tokens.length === 0 || sentenceStart,
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** The index key of a name: its folded tokens joined by single spaces. "Bashar al-Assad" → "bashar al assad". */
export function normaliseKey(name: string): string {
  const parts: string[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(name); m !== null; m = TOKEN_PATTERN.exec(name)) {
    let word = m[0];
    if (word.length > 2 && POSSESSIVE.test(word)) word = word.slice(0, -2);
    const folded = foldWord(word);
    if (folded) parts.push(folded);
  }
  return parts.join(' ');
}
