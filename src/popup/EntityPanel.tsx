// A finished analysis: filter, highlight toggles, People and Places, the map, and which mention
// is highlighted on the page. Its state is remembered per tab (storage.session) while the tab lives.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnnotateResult, FoundEntity } from '../core/types.ts';
import { toMarkdown } from '../format/markdown.ts';
import type { Settings } from '../options/settings.ts';
import { copyText } from './clipboard.ts';
import { EntityList } from './EntityList.tsx';
import { matchesFilter } from './filter.ts';
import { t } from './i18n.ts';
import { handlePopupKey } from './keyboard.ts';
import { clearHighlights, getParagraphs, highlightAll, showMention } from './messaging.ts';
import { paragraphOf } from './paragraphs.ts';
import { PlacesMap } from './PlacesMap.tsx';
import { POPUP_LIST_MARK } from './timing.ts';
import { popupStateKey, type PopupUiState } from './ui-state.ts';

export interface Selection {
  entityId: string;
  mentionIndex: number;
  mentionCount: number;
}

interface Props {
  tabId: number;
  result: AnnotateResult;
  title: string;
  url: string;
  /** What the popup remembered for this tab. */
  initial: PopupUiState;
  settings: Settings;
}

/** The map waits this long after the list shows, so the list appears first. */
const MAP_DELAY_MS = 0;

export function EntityPanel({ tabId, result, title, url, initial, settings }: Props) {
  const people = useMemo(() => result.people.filter((p) => settings.showNotInIndex || p.inIndex), [result, settings.showNotInIndex]);
  const places = result.places;
  const byId = useMemo(() => new Map([...people, ...places].map((e) => [e.id, e])), [people, places]);

  const [filter, setFilter] = useState(initial.filter);
  const [selection, setSelection] = useState<Selection | undefined>(() => {
    const entity = initial.selected ? byId.get(initial.selected.entityId) : undefined;
    if (!entity || !initial.selected || initial.selected.mentionIndex >= entity.mentions.length) return undefined;
    return { entityId: entity.id, mentionIndex: initial.selected.mentionIndex, mentionCount: entity.mentions.length };
  });
  const [highlightPeople, setHighlightPeople] = useState(initial.highlightPeople);
  const [highlightPlaces, setHighlightPlaces] = useState(initial.highlightPlaces);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string>();
  const [paragraphStarts, setParagraphStarts] = useState<number[]>();
  const [showMap, setShowMap] = useState(false);
  const filterInput = useRef<HTMLInputElement>(null);

  // Remember the state for this tab (the background forgets it when the tab closes or navigates).
  useEffect(() => {
    const state: PopupUiState = {
      filter,
      selected: selection ? { entityId: selection.entityId, mentionIndex: selection.mentionIndex } : null,
      highlightPeople,
      highlightPlaces,
    };
    browser.storage.session.set({ [popupStateKey(tabId)]: state }).catch(() => undefined);
  }, [tabId, filter, selection, highlightPeople, highlightPlaces]);

  // Timing report: the list is in the DOM (layout effect: right after the commit, before the paint).
  useLayoutEffect(() => {
    if (performance.getEntriesByName(POPUP_LIST_MARK).length === 0) performance.mark(POPUP_LIST_MARK);
  }, []);

  useEffect(() => {
    let live = true;
    void getParagraphs(tabId).then((reply) => live && reply.ok && setParagraphStarts(reply.value.starts));
    // The page keeps its highlights while the popup is closed; re-apply the toggles in case the page cleared them.
    if (initial.highlightPeople || initial.highlightPlaces) void highlightAll(tabId, initial.highlightPeople, initial.highlightPlaces);
    const timer = setTimeout(() => live && setShowMap(true), MAP_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId]);

  const select = useCallback(
    async (entity: FoundEntity, mentionIndex: number): Promise<void> => {
      const count = entity.mentions.length;
      if (count === 0) return;
      const index = ((mentionIndex % count) + count) % count; // wrap around both ends
      setSelection({ entityId: entity.id, mentionIndex: index, mentionCount: count });
      const reply = await showMention(tabId, entity.id, index);
      if (reply.ok) {
        setError(undefined);
        setAnnouncement(t('announceHighlighted', reply.value.text, reply.value.mentionIndex + 1, reply.value.mentionCount));
      } else {
        setError(reply.error);
        setAnnouncement('');
      }
    },
    [tabId],
  );

  const setToggles = async (nextPeople: boolean, nextPlaces: boolean): Promise<void> => {
    setHighlightPeople(nextPeople);
    setHighlightPlaces(nextPlaces);
    const reply = await highlightAll(tabId, nextPeople, nextPlaces);
    if (!reply.ok) return setError(reply.error);
    setError(undefined);
    setAnnouncement(nextPeople || nextPlaces ? t('announceHighlightAll', reply.value.count) : t('announceHighlightAllOff'));
  };

  const clearAll = useCallback((): void => {
    setSelection(undefined);
    setHighlightPeople(false);
    setHighlightPlaces(false);
    setAnnouncement(t('announceCleared'));
    void clearHighlights(tabId);
  }, [tabId]);

  const onCopy = async (): Promise<void> => {
    const markdown = toMarkdown({ people, places }, { title, url });
    const copied = await copyText(markdown);
    setAnnouncement(copied ? t('announceCopied', people.length + places.length) : t('announceCopyFailed'));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void =>
      handlePopupKey(event, {
        focusFilter: () => filterInput.current?.focus(),
        clearFilter: () => {
          if (!filterInput.current?.value) return false;
          setFilter('');
          return true;
        },
        nextMention: (step) => {
          const entity = selection ? byId.get(selection.entityId) : undefined;
          if (entity && selection) void select(entity, selection.mentionIndex + step);
        },
        clearHighlights: clearAll,
      });
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, byId, select, clearAll]);

  const shownPeople = people.filter((e) => matchesFilter(e, filter));
  const shownPlaces = places.filter((e) => matchesFilter(e, filter));
  const firstParagraph = (entity: FoundEntity): number | undefined =>
    paragraphStarts && entity.mentions.length > 0 ? paragraphOf(paragraphStarts, entity.mentions[0].start) : undefined;
  const empty = people.length === 0 && places.length === 0;

  return (
    <>
      {empty ? <p class="status-text">{t('nothingFound')}</p> : null}
      {!empty ? (
        <div class="toolbar">
          <input
            ref={filterInput}
            type="search"
            class="filter"
            value={filter}
            onInput={(event) => setFilter((event.target as HTMLInputElement).value)}
            placeholder={t('filterPlaceholder')}
            aria-label={t('filterLabel')}
            aria-keyshortcuts="/"
            autocomplete="off"
            spellcheck={false}
          />
          <button type="button" class="copy-markdown" onClick={onCopy}>
            {t('copyMarkdown')}
          </button>
        </div>
      ) : null}
      {!empty ? (
        <fieldset class="highlight-toggles">
          <legend>{t('highlightAllLegend')}</legend>
          <label class="toggle person">
            <input type="checkbox" name="highlight-people" checked={highlightPeople} onChange={(e) => setToggles((e.target as HTMLInputElement).checked, highlightPlaces)} />
            <span class="swatch" style={{ background: settings.colours.person }} aria-hidden="true" />
            {t('sectionPeople')}
          </label>
          <label class="toggle place">
            <input type="checkbox" name="highlight-places" checked={highlightPlaces} onChange={(e) => setToggles(highlightPeople, (e.target as HTMLInputElement).checked)} />
            <span class="swatch" style={{ background: settings.colours.place }} aria-hidden="true" />
            {t('sectionPlaces')}
          </label>
        </fieldset>
      ) : null}
      <EntityList section="people" entities={shownPeople} total={people.length} selection={selection} firstParagraph={firstParagraph} onSelect={select} />
      <EntityList section="places" entities={shownPlaces} total={places.length} selection={selection} firstParagraph={firstParagraph} onSelect={select} />
      {showMap ? <PlacesMap places={places} selectedId={selection?.entityId} onSelect={(place) => void select(place, 0)} /> : null}
      <p class="announcement" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {error ? (
        <p class="status-detail error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="hint">{t('keyboardHint')}</p>
    </>
  );
}
