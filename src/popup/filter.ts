// The popup's type-ahead filter. Pure.
import type { FoundEntity } from '../core/types.ts';

/** Lower case without accents, so "erdogan" finds "Erdoğan". */
export const foldForFilter = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether an entity matches what the user typed: in its name, description, or how the article wrote it. */
export function matchesFilter(entity: FoundEntity, query: string): boolean {
  const needle = foldForFilter(query.trim());
  if (needle === '') return true;
  if (foldForFilter(entity.name).includes(needle) || foldForFilter(entity.description).includes(needle)) return true;
  return entity.mentions.some((mention) => foldForFilter(mention.text).includes(needle));
}
