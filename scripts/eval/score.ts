// Scores a system's people and places against gold annotations (seed gold.json, dev-set files).
// Entity level: one-to-one matching of system to gold entities. Mention level: per matched pair,
// min(system mentions, gold mentions) are counted as right (gold gives counts, not offsets).
// Linking: share of matched gold entities whose system entity is the right one (wikidata, else name).
// Traps: system mentions that overlap a trap phrase where the gold has no mention of that type there.
import type { GoldEntity, GoldFile } from './gold.ts';
import { findForm, locateForms } from './forms.ts';

export interface SystemMention {
  start: number;
  end: number;
  text: string;
}

/** The part of the core's FoundEntity (or of a baseline's output) that scoring needs. */
export interface SystemEntity {
  name: string;
  wikidata?: string;
  /** False for names found but not linked to any index entry (an unknown person); baselines never link. */
  inIndex?: boolean;
  mentions: SystemMention[];
}

export interface SystemResult {
  people: SystemEntity[];
  places: SystemEntity[];
}

export type EntityKey = 'people' | 'places';
export const ENTITY_KEYS: EntityKey[] = ['people', 'places'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface TypeScore {
  entities: Counts & Prf;
  mentions: Counts & Prf;
  /** Matched gold entities, and how many of them the system linked to the right entry. */
  linked: number;
  matched: number;
  /** Gold entities the system missed, system entities that match nothing, wrong links. */
  missed: string[];
  spurious: string[];
  mislinked: string[];
}

export interface TrapError {
  trap: string;
  wrong: string;
  type: EntityKey;
  mention: string;
  entity: string;
}

export interface DocScore {
  people: TypeScore;
  places: TypeScore;
  trapErrors: TrapError[];
  /** Number of distinct traps with at least one error. */
  trapsFailed: number;
  traps: number;
}

// ---------------------------------------------------------------- names

const SOFT_HYPHEN = /\u00ad/g;
const POSSESSIVE = /['’]s$/;

/** Lower-case, accent-free, punctuation-free tokens: "U.S." → ["us"], "Erdoğan's" → ["erdogan"]. */
export function nameTokens(text: string): string[] {
  return text
    .replace(SOFT_HYPHEN, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(POSSESSIVE, '').replace(/[.'’]/g, ''))
    .flatMap((word) => word.split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);
}

export function normaliseName(text: string): string {
  return nameTokens(text).join(' ');
}

/** True when `needle`'s tokens occur contiguously in `haystack`'s tokens ("obama" in "barack obama", not "us" in "russia"). */
export function containsTokens(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function surfaceTexts(entity: SystemEntity): string[][] {
  return [entity.name, ...entity.mentions.map((m) => m.text)].map(nameTokens).filter((t) => t.length > 0);
}

function goldForms(gold: GoldEntity): string[][] {
  return [gold.name, ...gold.forms].map(nameTokens).filter((t) => t.length > 0);
}

const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

// ---------------------------------------------------------------- matching

export interface Match {
  gold: number;
  system: number;
}

/**
 * One-to-one matching, strongest evidence first:
 *  1. both have a wikidata id and they are equal;
 *  2. the system's name or a mention text equals a gold form (or the gold name);
 *  3. a gold form is contained (as whole tokens) in the system's name or a mention text.
 * Only gold forms (what the text says) are compared, not the gold name: "Bashar al-Assad" is
 * written "Assad" in the seed.
 */
export function matchEntities(gold: GoldEntity[], system: SystemEntity[]): Match[] {
  const matches: Match[] = [];
  const goldTaken = new Set<number>();
  const systemTaken = new Set<number>();
  const take = (g: number, s: number) => {
    goldTaken.add(g);
    systemTaken.add(s);
    matches.push({ gold: g, system: s });
  };
  const surfaces = system.map(surfaceTexts);
  const forms = gold.map((g) => g.forms.map(nameTokens).filter((t) => t.length > 0));
  const passes: ((g: number, s: number) => boolean)[] = [
    (g, s) => !!gold[g].wikidata && !!system[s].wikidata && gold[g].wikidata === system[s].wikidata,
    (g, s) => forms[g].some((f) => surfaces[s].some((t) => sameTokens(t, f))),
    (g, s) => forms[g].some((f) => surfaces[s].some((t) => containsTokens(t, f))),
  ];
  for (const pass of passes) {
    for (let g = 0; g < gold.length; g++) {
      if (goldTaken.has(g)) continue;
      for (let s = 0; s < system.length; s++) {
        if (systemTaken.has(s) || !pass(g, s)) continue;
        take(g, s);
        break;
      }
    }
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

/**
 * Right entry: the same wikidata id when both have one. Otherwise the system's name must be the gold
 * name or one of its forms, and when the gold has an id the system must have linked to an index entry
 * (an index row without an id, e.g. a Natural Earth region, is judged by its name; an unlinked
 * "unknown" person is not linked).
 */
export function isCorrectlyLinked(gold: GoldEntity, system: SystemEntity): boolean {
  if (gold.wikidata && system.wikidata) return system.wikidata === gold.wikidata;
  if (gold.wikidata && !system.inIndex) return false;
  const name = nameTokens(system.name);
  return goldForms(gold).some((f) => sameTokens(f, name));
}

// ---------------------------------------------------------------- scores

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function scoreType(gold: GoldEntity[], system: SystemEntity[]): TypeScore {
  const matches = matchEntities(gold, system);
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedSystem = new Set(matches.map((m) => m.system));
  const entityCounts = { tp: matches.length, fp: system.length - matches.length, fn: gold.length - matches.length };
  const goldMentions = gold.reduce((n, g) => n + g.mentions, 0);
  const systemMentions = system.reduce((n, s) => n + s.mentions.length, 0);
  const rightMentions = matches.reduce((n, m) => n + Math.min(gold[m.gold].mentions, system[m.system].mentions.length), 0);
  const mentionCounts = { tp: rightMentions, fp: systemMentions - rightMentions, fn: goldMentions - rightMentions };
  const mislinked = matches
    .filter((m) => !isCorrectlyLinked(gold[m.gold], system[m.system]))
    .map((m) => `${gold[m.gold].name} → ${system[m.system].name}${system[m.system].wikidata ? ` (${system[m.system].wikidata})` : ''}`);
  return {
    entities: { ...entityCounts, ...prf(entityCounts) },
    mentions: { ...mentionCounts, ...prf(mentionCounts) },
    matched: matches.length,
    linked: matches.length - mislinked.length,
    missed: gold.filter((_, i) => !matchedGold.has(i)).map((g) => g.name),
    spurious: system.filter((_, i) => !matchedSystem.has(i)).map((s) => s.name),
    mislinked,
  };
}

// ---------------------------------------------------------------- traps

/** Occurrences of a trap phrase; a comma-separated list of phrases that is not itself in the text is split. */
function trapSpans(text: string, trapText: string): { start: number; end: number }[] {
  const whole = findForm(text, trapText);
  if (whole.length || !trapText.includes(',')) return whole;
  return trapText.split(',').flatMap((part) => findForm(text, part.trim()));
}

/**
 * A trap error is a system mention that overlaps an occurrence of a trap phrase and is not exactly a gold
 * mention of the same type there ("Jordan" as a place inside "Jordan Shilton", "Arabia" inside
 * "Saudi Arabia", anything inside "Washington Post"). Gold spans come from the gold forms.
 */
export function findTrapErrors(text: string, gold: GoldFile, system: SystemResult): TrapError[] {
  const goldSpans = locateForms(text, gold).filter((h) => !h.owner.startsWith('trap:'));
  const isGoldMention = (type: EntityKey, m: SystemMention) =>
    goldSpans.some((h) => h.owner.startsWith(`${type}:`) && h.start === m.start && sameEnd(text, h.end, m.end));
  const errors: TrapError[] = [];
  for (const trap of gold.traps ?? []) {
    for (const span of trapSpans(text, trap.text)) {
      for (const type of ENTITY_KEYS) {
        for (const entity of system[type]) {
          for (const m of entity.mentions) {
            if (m.start >= span.end || span.start >= m.end || isGoldMention(type, m)) continue;
            errors.push({ trap: trap.text, wrong: trap.wrong, type, mention: m.text, entity: entity.name });
          }
        }
      }
    }
  }
  return errors;
}

/** A mention may include or leave out a trailing possessive or full stop. */
function sameEnd(text: string, goldEnd: number, systemEnd: number): boolean {
  const [a, b] = goldEnd < systemEnd ? [goldEnd, systemEnd] : [systemEnd, goldEnd];
  return /^(?:['’]s?|\.)?$/.test(text.slice(a, b));
}

export function scoreDocument(text: string, gold: GoldFile, system: SystemResult): DocScore {
  const trapErrors = findTrapErrors(text, gold, system);
  return {
    people: scoreType(gold.people, system.people),
    places: scoreType(gold.places, system.places),
    trapErrors,
    trapsFailed: new Set(trapErrors.map((e) => e.trap)).size,
    traps: (gold.traps ?? []).length,
  };
}

// ---------------------------------------------------------------- totals over documents

export interface AggregateType {
  entities: Counts & Prf;
  mentions: Counts & Prf;
  matched: number;
  linked: number;
}

export interface Aggregate {
  people: AggregateType;
  places: AggregateType;
  /** Over both types: right gold mentions / all gold mentions. */
  mentionRecall: number;
  /** Over both types: linked / matched. */
  linkingAccuracy: number;
  trapErrors: number;
  trapsFailed: number;
  traps: number;
}

/** Micro-averages: counts summed over documents, then P/R/F1. */
export function aggregate(docs: DocScore[]): Aggregate {
  const sumType = (key: EntityKey): AggregateType => {
    const e = { tp: 0, fp: 0, fn: 0 };
    const m = { tp: 0, fp: 0, fn: 0 };
    let matched = 0;
    let linked = 0;
    for (const d of docs) {
      for (const k of ['tp', 'fp', 'fn'] as const) {
        e[k] += d[key].entities[k];
        m[k] += d[key].mentions[k];
      }
      matched += d[key].matched;
      linked += d[key].linked;
    }
    return { entities: { ...e, ...prf(e) }, mentions: { ...m, ...prf(m) }, matched, linked };
  };
  const people = sumType('people');
  const places = sumType('places');
  const goldMentions = people.mentions.tp + people.mentions.fn + places.mentions.tp + places.mentions.fn;
  const matched = people.matched + places.matched;
  return {
    people,
    places,
    mentionRecall: goldMentions === 0 ? 1 : (people.mentions.tp + places.mentions.tp) / goldMentions,
    linkingAccuracy: matched === 0 ? 1 : (people.linked + places.linked) / matched,
    trapErrors: docs.reduce((n, d) => n + d.trapErrors.length, 0),
    trapsFailed: docs.reduce((n, d) => n + d.trapsFailed, 0),
    traps: docs.reduce((n, d) => n + d.traps, 0),
  };
}
