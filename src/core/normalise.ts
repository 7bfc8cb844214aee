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

/** A capitalised word ("Obama", "US"), the only kind that can open a name. */
export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === Shape.Title || t.shape === Shape.Upper);
}

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
// abbreviation ("U.S.", "D.C."), which is one token. The scanner below is hand-written because it is
// the hot loop of the whole pipeline (a regex with Unicode classes runs at a third of the speed).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = /['’ʼ‘`]/g;
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

/**
 * Words after which a full stop marks an abbreviation, not the end of a sentence: single-letter
 * initials ("George H. W. Bush") are handled apart.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'prof', 'jr', 'sr', 'mt',
  'ft', 'vs', 'rev', 'adm', 'maj', 'cmdr', 'supt', 'insp', 'hon', 'messrs', 'no', 'vol', 'pres',
]);

/** Reads the characters between two tokens: the gap kind, plus 4 when a sentence starts, plus 8 at a line break. */
function gapBetween(text: string, from: number, to: number, afterAbbreviation = false): number {
  let gap: number = Gap.Space;
  let sentenceStart = 0;
  let lineBreak = 0;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13) continue;
    if (c === 10) {
      lineBreak = 8;
      if (++newlines >= 2) {
        gap = Gap.Break;
        sentenceStart = 4;
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
    if (c === 46 && afterAbbreviation && i === from) continue; // "Mr. Obama", "H. W. Bush"
    gap = Gap.Break;
    // . ! ? : ; an opening quote, a bullet or a dash open a new sentence.
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2022 || c === 0x201c || c === 34 || c === 0x2014) {
      sentenceStart = 4;
    }
  }
  return gap | sentenceStart | lineBreak;
}

// Word-character test per UTF-16 code unit, cached: 0 = not yet known, 1 = word, 2 = not a word.
const wordCharCache = new Uint8Array(65536);
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordCharCache[c]!;
  if (known === 0) {
    // Surrogates stand for letters outside the BMP (CJK extensions, historic scripts): count them as word units.
    known = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = known;
  }
  return known === 1;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Calls `visit(start, end)` for each word of `text`, possessive "’s" already cut off. */
function scanWords(text: string, visit: (start: number, end: number, scanEnd: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    const start = i;
    // Dotted abbreviation: two or more "X." pairs.
    if (isAsciiUpper(c) && text.charCodeAt(i + 1) === 46 && isAsciiUpper(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      i += 4;
      while (isAsciiUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
      visit(start, i, i);
      continue;
    }
    i++;
    for (;;) {
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      // An apostrophe between two word characters stays inside the word.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordUnit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    let end = i;
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    visit(start, end, i);
  }
}

/**
 * Splits text into tokens. Possessive endings are dropped ("Washington’s" → "Washington"), so a key
 * never has to list them. Offsets are UTF-16 offsets into `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let afterPossessive = false;
  const lineStarts: number[] = [];
  scanWords(text, (start, end, scanEnd) => {
    const word = text.slice(start, end);
    // Fold and read the shape in one pass; plain ASCII words skip Unicode normalisation.
    let ascii = true;
    let plain = true; // no dots or apostrophes
    let upperLetters = 0;
    let lowerLetters = 0;
    let digits = 0;
    for (let j = 0; j < word.length; j++) {
      const c = word.charCodeAt(j);
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) upperLetters++;
      else if (c >= 97 && c <= 122) lowerLetters++;
      else if (c >= 48 && c <= 57) digits++;
      else if (c === 46 || c === 39 || c === 96) plain = false;
    }
    let norm: string;
    let shape: Shape;
    if (ascii) {
      norm = !plain ? foldWord(word) : upperLetters === 0 ? word : word.toLowerCase();
      const first = word.charCodeAt(0);
      if (digits > 0) shape = first >= 97 ? Shape.Lower : Shape.Other; // "A1", "G20", "S300"
      else if (first >= 97) shape = Shape.Lower;
      else if (first >= 65) shape = lowerLetters === 0 && upperLetters >= 2 ? Shape.Upper : Shape.Title;
      else shape = Shape.Other;
    } else {
      norm = foldWord(word);
      shape = shapeOf(word);
    }
    const previous = tokens[tokens.length - 1];
    let between: number;
    if (previous === undefined) between = Gap.Break | 4 | 8;
    else if (start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32) between = Gap.Space; // the usual single space
    else {
      const afterAbbreviation =
        text.charCodeAt(previousEnd) === 46 &&
        ((previous.end - previous.start === 1 && previous.shape === Shape.Title) || ABBREVIATIONS.has(previous.norm));
      between = gapBetween(text, previousEnd, start, afterAbbreviation);
    }
    let gap = (between & 3) as Gap;
    // A possessive ends a name: "Washington’s Syria policy" is two names, not one.
    if (afterPossessive && gap < Gap.Comma) gap = Gap.Comma;
    tokens.push({ start, end, norm, shape, gap, sentenceStart: (between & 4) !== 0 });
    if (between & 8 || previous === undefined) lineStarts.push(tokens.length - 1);
    previousEnd = scanEnd;
    afterPossessive = scanEnd > end;
  });
  markHeadlines(text, tokens, lineStarts);
  return tokens;
}

/** Lines at least this many longer words long are checked for headline capitals. */
const HEADLINE_MIN_WORDS = 4;
/** Share of capitalised longer words that makes a line a title-case headline. */
const HEADLINE_CAPITALISED_SHARE = 0.75;

/**
 * In a title-case headline ("As Debt Rises, the Government Will Soon Spend More") capitals prove
 * nothing, as at a sentence start: mark every word so. A headline has no closing full stop, which
 * tells it from a sentence dense with names ("Secretary of State John Kerry met ... Sergei Lavrov.").
 */
function markHeadlines(text: string, tokens: Token[], lineStarts: number[]): void {
  for (let l = 0; l < lineStarts.length; l++) {
    const from = lineStarts[l]!;
    const to = l + 1 < lineStarts.length ? lineStarts[l + 1]! : tokens.length;
    if (/^[^\n]*?[.!?]["”’)]?\s*(\n|$)/.test(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 8))) continue;
    let words = 0;
    let capitalised = 0;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.end - t.start < 4 || t.shape === Shape.Other) continue;
      words++;
      if (t.shape !== Shape.Lower) capitalised++;
    }
    if (words >= HEADLINE_MIN_WORDS && capitalised / words >= HEADLINE_CAPITALISED_SHARE) {
      for (let i = from; i < to; i++) tokens[i]!.sentenceStart = true;
    }
  }
}

/** The index key of a name: its folded tokens joined by single spaces. "Bashar al-Assad" → "bashar al assad". */
export function normaliseKey(name: string): string {
  const parts: string[] = [];
  scanWords(name, (start, end) => {
    const folded = foldWord(name.slice(start, end));
    if (folded) parts.push(folded);
  });
  return parts.join(' ');
}
