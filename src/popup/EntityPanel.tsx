// A finished analysis: People and Places, and which mention is highlighted on the page.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AnnotateResult, FoundEntity } from '../core/types.ts';
import { EntityList } from './EntityList.tsx';
import { clearHighlights, showMention } from './messaging.ts';

export interface Selection {
  entityId: string;
  mentionIndex: number;
  mentionCount: number;
}

export function EntityPanel({ tabId, result }: { tabId: number; result: AnnotateResult }) {
  const [selection, setSelection] = useState<Selection>();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string>();

  const select = useCallback(
    async (entity: FoundEntity, mentionIndex: number): Promise<void> => {
      const count = entity.mentions.length;
      if (count === 0) return;
      const index = ((mentionIndex % count) + count) % count; // wrap around both ends
      setSelection({ entityId: entity.id, mentionIndex: index, mentionCount: count });
      const reply = await showMention(tabId, entity.id, index);
      if (reply.ok) {
        setError(undefined);
        setAnnouncement(`Highlighted “${reply.value.text}”, mention ${reply.value.mentionIndex + 1} of ${reply.value.mentionCount}.`);
      } else {
        setError(reply.error);
        setAnnouncement('');
      }
    },
    [tabId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setSelection(undefined);
      setAnnouncement('Highlights cleared.');
      void clearHighlights(tabId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tabId]);

  const empty = result.people.length === 0 && result.places.length === 0;
  return (
    <>
      {empty ? <p class="status-text">No people or places found in this article.</p> : null}
      <EntityList heading="People" entities={result.people} selection={selection} onSelect={select} />
      <EntityList heading="Places" entities={result.places} selection={selection} onSelect={select} />
      <p class="announcement" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {error ? (
        <p class="status-detail error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="hint">Press Esc to clear highlights.</p>
    </>
  );
}
