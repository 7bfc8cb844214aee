// From a (entity id, mention index) asked for by the popup to live DOM positions.

import type { AnnotateResult, FoundEntity } from '../src/core/types.ts';
import { rangeSpecFor, specIsLive, type RangeSpec } from './offset-map.ts';
import type { Segment } from './text-builder.ts';

export function findEntity(result: AnnotateResult, entityId: string): FoundEntity | undefined {
  return result.people.find((e) => e.id === entityId) ?? result.places.find((e) => e.id === entityId);
}

export type MentionLookup =
  | { ok: true; current: RangeSpec; all: RangeSpec[]; mentionCount: number }
  | { ok: false; error: string; stale?: boolean };

/** The DOM positions of one mention and of all mentions of its entity. */
export function locateMention(result: AnnotateResult, segments: readonly Segment[], entityId: string, mentionIndex: number): MentionLookup {
  const entity = findEntity(result, entityId);
  if (!entity) return { ok: false, error: `no entity ${entityId} on this page` };
  const mention = entity.mentions[mentionIndex];
  if (!mention) return { ok: false, error: `${entity.name} has ${entity.mentions.length} mentions, not ${mentionIndex + 1}` };
  const current = rangeSpecFor(segments, mention.start, mention.end);
  if (!current) return { ok: false, error: 'this mention is not in the page text' };
  if (!specIsLive(current)) return { ok: false, error: 'the page has changed since it was analysed', stale: true };
  const all = entity.mentions
    .map((m) => rangeSpecFor(segments, m.start, m.end))
    .filter((spec): spec is RangeSpec => spec !== null && specIsLive(spec));
  return { ok: true, current, all, mentionCount: entity.mentions.length };
}
