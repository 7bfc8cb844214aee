// One section (People or Places): entries in order of salience, as the core sorted them.
import type { FoundEntity } from '../core/types.ts';
import type { Selection } from './EntityPanel.tsx';

interface Props {
  heading: string;
  entities: FoundEntity[];
  selection: Selection | undefined;
  onSelect: (entity: FoundEntity, mentionIndex: number) => void;
}

const mentionsLabel = (count: number): string => `${count} ${count === 1 ? 'mention' : 'mentions'}`;

export function EntityList({ heading, entities, selection, onSelect }: Props) {
  if (entities.length === 0) return null;
  const headingId = `heading-${heading.toLowerCase()}`;
  return (
    <section class="entities" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} <span class="section-count">({entities.length})</span>
      </h2>
      <ul>
        {entities.map((entity) => {
          const selected = selection?.entityId === entity.id ? selection : undefined;
          return (
            <li key={entity.id} class={selected ? 'entity selected' : 'entity'} data-entity-id={entity.id}>
              <button type="button" class="entity-button" aria-pressed={selected !== undefined} onClick={() => onSelect(entity, 0)}>
                <span class="entity-line">
                  <span class="entity-name">{entity.name}</span>
                  {!entity.inIndex ? <span class="not-in-index">not in index</span> : null}
                  <span class="mention-count" title={mentionsLabel(entity.mentions.length)}>
                    {entity.mentions.length}
                    <span class="visually-hidden"> {entity.mentions.length === 1 ? 'mention' : 'mentions'}</span>
                  </span>
                </span>
                {entity.description ? <span class="entity-description">{entity.description}</span> : null}
              </button>
              {selected ? (
                <div class="mention-nav" role="group" aria-label={`Mentions of ${entity.name}`}>
                  <button type="button" class="nav-button" aria-label="Previous mention" onClick={() => onSelect(entity, selected.mentionIndex - 1)}>
                    ‹
                  </button>
                  <span class="mention-position" aria-live="polite">
                    {selected.mentionIndex + 1} of {selected.mentionCount}
                  </span>
                  <button type="button" class="nav-button" aria-label="Next mention" onClick={() => onSelect(entity, selected.mentionIndex + 1)}>
                    ›
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
