// Name variants for people: surname keys, middle-name-less forms and transliteration variants.
import { addAlias, type Draft } from './draft.ts';

/** Countries whose names reach English through Russian-style romanisation (Sergey/Sergei, Yevgeny/Evgeny). */
export const CYRILLIC_ROMANISED = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'BG', 'MN']);
/** Countries that write the family name first in English (Xi Jinping, Moon Jae-in). */
export const SURNAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP']);

/** Spelling families of common given names from Arabic and Persian; any member stands for the others. */
export const NAME_FAMILIES: string[][] = [
  ['Muhammad', 'Mohammed', 'Mohammad', 'Mohamed', 'Muhammed', 'Mohamad', 'Mohamud'],
  ['Ahmed', 'Ahmad'], ['Mahmoud', 'Mahmud'], ['Hussein', 'Hussain', 'Husayn', 'Hussen'], ['Hassan', 'Hasan'],
  ['Youssef', 'Yusuf', 'Yousef', 'Yousuf'], ['Omar', 'Umar'], ['Osman', 'Uthman', 'Othman'], ['Abdel', 'Abdul', 'Abdal'],
  ['Abdullah', 'Abdallah'], ['Khaled', 'Khalid'], ['Said', 'Saeed', 'Saied'], ['Mustafa', 'Mostafa', 'Moustafa'],
  ['Ali', 'Aly'], ['Ibrahim', 'Ebrahim'], ['Hamad', 'Hamed', 'Hamid'], ['Qasim', 'Kassem', 'Qassem', 'Kasim'],
];
const FAMILY_OF = new Map<string, string[]>();
for (const fam of NAME_FAMILIES) for (const n of fam) FAMILY_OF.set(n, fam);

/** Russian-style romanisation rules, each a one-token rewrite (a variant is every rule that applies). */
const CYRILLIC_RULES: [RegExp, string][] = [
  [/ey$/, 'ei'], [/ei$/, 'ey'], // Sergey / Sergei, Andrey / Andrei
  [/ay$/, 'ai'], [/ai$/, 'ay'], // Nikolay / Nikolai
  [/iy$/, 'i'], [/([^aeiouy])y$/, '$1i'], [/([^aeiouy])i$/, '$1y'], // Yuriy / Yuri / Yury, Dmitry / Dmitri
  [/oy([^aeiouy])/, 'oi$1'], [/oi([^aeiouy])/, 'oy$1'], // Shoygu / Shoigu
  [/^Yev/, 'Ev'], [/^Ev/, 'Yev'], [/^Yel/, 'El'], // Yevgeny / Evgeny, Yelena / Elena
  [/ks/, 'x'], [/x/, 'ks'], // Aleksey / Alexey
  [/sandr$/, 'sander'], // Alexandr / Alexander
  [/([^aeiouy])iya$/, '$1ia'], // Mariya / Maria
  [/ov$/, 'off'], [/ev$/, 'eff'], // Smirnov / Smirnoff (older English spelling)
];

function tokenVariants(token: string, cyrillic: boolean): string[] {
  const out = new Set<string>();
  const fam = FAMILY_OF.get(token);
  if (fam) for (const f of fam) out.add(f);
  if (cyrillic && /^\p{Lu}\p{Ll}+$/u.test(token)) {
    for (const [re, rep] of CYRILLIC_RULES) if (re.test(token)) out.add(token.replace(re, rep));
  }
  out.delete(token);
  return [...out].sort();
}

/** Transliteration variants of a full name: one token changed at a time, plus every token changed. */
export function transliterationVariants(name: string, country: string): string[] {
  const cyrillic = CYRILLIC_ROMANISED.has(country);
  const tokens = name.split(' ');
  const per = tokens.map((t) => tokenVariants(t, cyrillic));
  const out = new Set<string>();
  per.forEach((vs, i) => { for (const v of vs) out.add([...tokens.slice(0, i), v, ...tokens.slice(i + 1)].join(' ')); });
  if (per.filter((v) => v.length).length > 1) out.add(tokens.map((t, i) => per[i]![0] ?? t).join(' '));
  out.delete(name);
  return [...out].sort().slice(0, 12);
}

const SUFFIXES = /^(Jr\.?|Sr\.?|II|III|IV|V|PhD|MP|KC|QC)$/;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'la', 'le', 'dos', 'das', 'bin', 'ibn', 'abu', 'al', 'el', 'ben', 'ter', 'ten', 'mac', "d'"]);
const ARABIC_ARTICLE = /^(al|el|ad|as|ash|at|ar|az|an|ad-d)-(\p{L}.*)$/u;

/** Name without a Wikipedia disambiguator and without generational suffixes: "John Smith (politician), Jr." → tokens. */
export function nameTokens(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/,\s*(Jr\.?|Sr\.?|I{2,3}|IV)\s*$/, '').trim();
  const tokens = bare.split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && SUFFIXES.test(tokens[tokens.length - 1]!.replace(/,$/, ''))) tokens.pop();
  return tokens.map((t) => t.replace(/,$/, ''));
}

/** Surname keys: the family name with its particles ("al-Assad", "von der Leyen") and, for Arabic articles, the bare name ("Assad"). */
export function surnames(name: string, country: string): string[] {
  const tokens = nameTokens(name);
  if (tokens.length < 2) return [];
  const out: string[] = [];
  if (SURNAME_FIRST.has(country)) {
    out.push(tokens[0]!);
  } else {
    let i = tokens.length - 1;
    while (i > 1 && PARTICLES.has(tokens[i - 1]!.toLowerCase())) i--;
    const family = tokens.slice(i).join(' ');
    out.push(family);
    const last = tokens[tokens.length - 1]!;
    const art = ARABIC_ARTICLE.exec(last);
    if (art) out.push(art[2]!);
    if (i < tokens.length - 1 && /^(al|el|bin|ibn|abu)$/i.test(tokens[i]!)) out.push(last);
  }
  return out.filter((s) => s.length > 1 && !/^\p{Lu}\.?$/u.test(s));
}

/** Add the person name forms: the canonical name without middle names/initials, variants and surname keys. */
export function addPersonAliases(d: Draft): void {
  const fullForms = new Set<string>([d.name, ...d.aliases.filter((a) => a.kind === 'name').map((a) => a.text)]);
  for (const full of [...fullForms]) {
    const tokens = nameTokens(full);
    const bare = tokens.join(' ');
    if (bare !== full) { addAlias(d, bare, 'name'); fullForms.add(bare); }
    // "John F. Kerry" → "John Kerry"; "Recep Tayyip Erdoğan" → "Recep Erdoğan" (looser: alt).
    if (tokens.length >= 3 && !SURNAME_FIRST.has(d.country)) {
      const initialsOnly = tokens.slice(1, -1).every((t) => /^\p{Lu}\.?$/u.test(t));
      const firstLast = `${tokens[0]} ${tokens[tokens.length - 1]}`;
      if (!PARTICLES.has(tokens[tokens.length - 2]!.toLowerCase())) addAlias(d, firstLast, initialsOnly ? 'name' : 'alt');
    }
  }
  const variants = new Set<string>();
  for (const full of [...fullForms]) for (const v of transliterationVariants(nameTokens(full).join(' '), d.country)) variants.add(v);
  for (const v of [...variants].sort()) addAlias(d, v, 'alt');
  const family = new Set<string>();
  for (const full of [...fullForms, ...variants]) for (const s of surnames(full, d.country)) family.add(s);
  for (const s of [...family].sort()) addAlias(d, s, 'surname');
}
