// One section (People or Places): entries in order of salience, as the core sorted them. A list
// of buttons (aria-pressed marks the selected entry); arrow keys move between them (keyboard.ts).
import type { FoundEntity } from '../core/types.ts';
import { plural, t } from './i18n.ts';
import type { Selection } from './EntityPanel.tsx';

interface Props {
  /** 'people' or 'places': heading id and message keys. */
  section: 'people' | 'places';
  /** Entities after the filter. */
  entities: FoundEntity[];
  /** How many there are without the filter. */
  total: number;
  selection: Selection | undefined;
  /** Paragraph of each entity's first mention, when known. */
  firstParagraph: (entity: FoundEntity) => number | undefined;
  onSelect: (entity: FoundEntity, mentionIndex: number) => void;
}

export function EntityList({ section, entities, total, selection, firstParagraph, onSelect }: Props) {
  if (total === 0) return null;
  const headingId = `heading-${section}`;
  const heading = t(section === 'people' ? 'sectionPeople' : 'sectionPlaces');
  const count = entities.length === total ? String(total) : t('countFiltered', entities.length, total);
  return (
    <section class="entities" aria-labelledby={headingId} data-section={section}>
      <h2 id={headingId}>
        {heading} <span class="section-count">({count})</span>
      </h2>
      {entities.length === 0 ? <p class="no-match">{t('noMatch')}</p> : null}
      <ul>
        {entities.map((entity) => {
          const selected = selection?.entityId === entity.id ? selection : undefined;
          const paragraph = firstParagraph(entity);
          const mentions = plural(entity.mentions.length, 'mentionOne', 'mentionOther');
          return (
            <li key={entity.id} class={`entity ${entity.type}${selected ? ' selected' : ''}`} data-entity-id={entity.id}>
              <button type="button" class="entity-button" aria-pressed={selected !== undefined} onClick={() => onSelect(entity, 0)}>
                <span class="entity-line">
                  <span class="type-dot" aria-hidden="true" />
                  <span class="entity-name">{entity.name}</span>
                  {!entity.inIndex ? <span class="not-in-index">{t('notInIndex')}</span> : null}
                  <span class="mention-count" title={mentions}>
                    {entity.mentions.length}
                    <span class="visually-hidden"> {t(entity.mentions.length === 1 ? 'mentionWordOne' : 'mentionWordOther')}</span>
                  </span>
                </span>
                {entity.description ? <span class="entity-description">{entity.description}</span> : null}
                {paragraph !== undefined ? <span class="first-mention">{t('firstMentionedIn', paragraph)}</span> : null}
              </button>
              {selected ? (
                <div class="mention-nav" role="group" aria-label={t('mentionsOf', entity.name)}>
                  <button type="button" class="nav-button" aria-label={t('previousMention')} aria-keyshortcuts="p" onClick={() => onSelect(entity, selected.mentionIndex - 1)}>
                    ‹
                  </button>
                  <span class="mention-position" aria-live="polite">
                    {t('mentionPosition', selected.mentionIndex + 1, selected.mentionCount)}
                  </span>
                  <button type="button" class="nav-button" aria-label={t('nextMention')} aria-keyshortcuts="n" onClick={() => onSelect(entity, selected.mentionIndex + 1)}>
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
