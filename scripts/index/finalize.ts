// Last pass over merged drafts: person name forms, alias clean-up, priors and a stable order.
import type { AliasKind, IndexEntityInput } from '../../src/core/types.ts';
import { addPersonAliases } from './aliases.ts';
import { isLatin, key, toInput, type Draft } from './draft.ts';
import { personPrior, placePrior, roundPrior } from './priors.ts';

/** When one surface form reaches an entity under several kinds, the first of this list is kept. */
const KIND_STRENGTH: AliasKind[] = ['name', 'short', 'alt', 'surname', 'given'];
/** An entity keeps at most this many aliases (countries and much-transliterated names have the most). */
export const MAX_ALIASES = 40;

export function dedupeAliases(d: Draft): void {
  const nameKey = key(d.name);
  const best = new Map<string, { text: string; kind: AliasKind }>();
  for (const a of d.aliases) {
    const k = key(a.text);
    if (!k || !isLatin(a.text)) continue;
    if (k === nameKey && a.kind !== 'short') continue;
    // Short forms are matched case-sensitively, so they stay apart from same-letter names.
    const slot = a.kind === 'short' ? `${k}|short|${a.text}` : k;
    const prev = best.get(slot);
    if (!prev || KIND_STRENGTH.indexOf(a.kind) < KIND_STRENGTH.indexOf(prev.kind)) best.set(slot, a);
  }
  d.aliases = [...best.values()]
    .sort((a, b) => KIND_STRENGTH.indexOf(a.kind) - KIND_STRENGTH.indexOf(b.kind) || a.text.localeCompare(b.text))
    .slice(0, MAX_ALIASES);
}

export function finalize(drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    if (d.type === 'person') addPersonAliases(d);
    dedupeAliases(d);
    d.prior = roundPrior(d.type === 'person' ? personPrior(d) : placePrior(d));
  }
  return drafts.sort(
    (a, b) =>
      (a.type === b.type ? 0 : a.type === 'place' ? -1 : 1) ||
      b.prior! - a.prior! ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) ||
      (a.wikidata < b.wikidata ? -1 : a.wikidata > b.wikidata ? 1 : 0) ||
      (a.lat || 0) - (b.lat || 0) ||
      (a.lon || 0) - (b.lon || 0) ||
      (a.description < b.description ? -1 : a.description > b.description ? 1 : 0),
  );
}

export function toInputs(drafts: Draft[]): IndexEntityInput[] {
  return drafts.map(toInput);
}
