// The baseline a user would reach for: compromise's people() and places(), with light, fair clean-up
// (honorifics dropped, "Hangzhou, China" split at the comma, possessives folded) and mentions grouped
// into entities by their normalised text. compromise does no linking, so its entities carry no wikidata.
import nlp from 'compromise';
import { normaliseName, type SystemEntity, type SystemMention, type SystemResult } from './score.ts';

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Punctuation after a term that ends a name: a comma, full stop, dash, bracket... (not a space or hyphen). */
const NAME_BREAK = /[^\s\-‐]/;
const POSSESSIVE = /['’]s?$/;

function spans(text: string, matches: { terms: CompromiseTerm[] }[]): SystemMention[] {
  const out: SystemMention[] = [];
  for (const match of matches) {
    let run: CompromiseTerm[] = [];
    const flush = () => {
      const named = run.filter((t, i) => !(i === 0 && t.tags.includes('Honorific')));
      run = [];
      if (!named.length) return;
      const start = named[0].offset.start;
      const last = named[named.length - 1];
      let end = last.offset.start + last.offset.length;
      const possessive = text.slice(start, end).match(POSSESSIVE);
      if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
      out.push({ start, end, text: text.slice(start, end) });
    };
    for (const term of match.terms) {
      if (term.tags.includes('Honorific') && run.length === 0) continue;
      run.push(term);
      if (NAME_BREAK.test(term.post)) flush();
    }
    flush();
  }
  return out;
}

function group(mentions: SystemMention[]): SystemEntity[] {
  const byName = new Map<string, SystemEntity>();
  for (const m of mentions) {
    const key = normaliseName(m.text);
    if (!key) continue;
    const entity = byName.get(key) ?? { name: m.text, mentions: [] };
    entity.mentions.push(m);
    byName.set(key, entity);
  }
  return [...byName.values()];
}

export function compromiseAnnotate(text: string): SystemResult {
  const doc = nlp(text);
  const options = { offset: true, terms: { offset: true } };
  return {
    people: group(spans(text, doc.people().json(options) as { terms: CompromiseTerm[] }[])),
    places: group(spans(text, doc.places().json(options) as { terms: CompromiseTerm[] }[])),
  };
}
