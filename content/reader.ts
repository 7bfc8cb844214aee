// The reader features of the content script: the context card (on hover over a highlighted
// mention, and for the mention the popup jumps to), "highlight all" by type, and paragraph
// starts for the popup. main.ts owns the analysis; this reads it through `getAnalysis`.
import type { AnnotateResult, FoundEntity } from '../src/core/types.ts';
import type { GetParagraphsReply, HighlightAllReply, Message, Reply } from '../src/messages.ts';
import type { Settings } from '../src/options/settings.ts';
import { paragraphStarts } from '../src/popup/paragraphs.ts';
import type { PageAnalysis } from './analysis.ts';
import { ContextCard, type CardEntity } from './card.ts';
import * as highlight from './highlight.ts';
import { RangeHitTester } from './hit-test.ts';
import { rangeSpecFor, specIsLive, toDomRange } from './offset-map.ts';

export interface Reader {
  /** Answers the reader messages (highlightAll, getParagraphs); undefined for any other message. */
  handle(message: Message): Reply<unknown> | undefined;
  /** The popup jumped to a mention: its card shows, and its entity's mentions become hoverable. */
  mentionShown(entityId: string, current: Range, all: Range[]): void;
  /** Highlights were cleared (popup Escape): no card, nothing hoverable. */
  cleared(): void;
  applySettings(settings: Settings): void;
}

interface Hoverable {
  entity: FoundEntity;
  /** Highlight name the range is painted under: hoverable only while that highlight exists. */
  highlightName: string;
}

const findEntity = (result: AnnotateResult, id: string): FoundEntity | undefined =>
  result.people.find((e) => e.id === id) ?? result.places.find((e) => e.id === id);

const cardEntity = (entity: FoundEntity): CardEntity => ({
  id: entity.id,
  name: entity.name,
  type: entity.type,
  description: entity.description,
  country: entity.country,
  coords: entity.coords,
  mentionCount: entity.mentions.length,
});

/** Same boundary points (the popup's current mention is a different Range object than its copy in the list). */
function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

function highlightExists(name: string): boolean {
  const registry = (globalThis as { CSS?: { highlights?: { has(name: string): boolean } } }).CSS?.highlights;
  return registry?.has(name) ?? false;
}

export function initReader(signal: AbortSignal, getAnalysis: () => PageAnalysis | null, doc: Document = document): Reader {
  const card = new ContextCard(doc);
  const hover = new RangeHitTester<Hoverable>();
  let selected: { range: Range; value: Hoverable }[] = [];
  let typed: { range: Range; value: Hoverable }[] = [];
  let showNotInIndex = true;
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;
  /** The mention the popup jumped to: its card comes back when the pointer leaves another mention. */
  let focus: { entity: FoundEntity; range: Range } | null = null;

  const refreshHoverables = (): void => hover.setItems([...selected, ...typed]);

  const rangesOf = (analysis: PageAnalysis, entity: FoundEntity): Range[] =>
    entity.mentions
      .map((m) => rangeSpecFor(analysis.article.segments, m.start, m.end))
      .filter((spec) => spec !== null && specIsLive(spec))
      .map((spec) => toDomRange(doc, spec!));

  const highlightAll = (people: boolean, places: boolean): Reply<HighlightAllReply> => {
    const analysis = getAnalysis();
    if (!analysis?.result) return { ok: false, error: 'this page has not been analysed yet' };
    const byType = (entities: FoundEntity[], on: boolean, name: string) =>
      on ? entities.flatMap((entity) => rangesOf(analysis, entity).map((range) => ({ range, value: { entity, highlightName: name } }))) : [];
    const shownPeople = analysis.result.people.filter((p) => showNotInIndex || p.inIndex);
    const personItems = byType(shownPeople, people, highlight.HIGHLIGHT_PERSON);
    const placeItems = byType(analysis.result.places, places, highlight.HIGHLIGHT_PLACE);
    if (!highlight.showTypedHighlights(personItems.map((i) => i.range), placeItems.map((i) => i.range))) {
      return { ok: false, error: 'this browser cannot highlight text (CSS Custom Highlight API missing)' };
    }
    typed = [...personItems, ...placeItems];
    refreshHoverables();
    return { ok: true, value: { count: typed.length } };
  };

  const hideIfHover = (): void => {
    if (card.current?.mode !== 'hover') return;
    if (focus) card.show(cardEntity(focus.entity), focus.range, 'focus');
    else card.hide();
  };

  /** Once per frame: the card follows the pointer over highlighted mentions. */
  const onFrame = (): void => {
    frame = 0;
    const shown = card.current;
    if (shown) card.reposition();
    if (!pointer || hover.size === 0) return hideIfHover();
    const view = doc.defaultView;
    const hit = hover.at(pointer.x, pointer.y, { x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 });
    if (!hit || !highlightExists(hit.value.highlightName)) return hideIfHover();
    if (shown && (shown.anchor === hit.range || sameRange(shown.anchor, hit.range))) return;
    card.show(cardEntity(hit.value.entity), hit.range, 'hover');
  };
  const schedule = (): void => {
    frame ||= requestAnimationFrame(onFrame);
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (hover.size > 0 || card.current) schedule();
    },
    options,
  );
  const onLayout = (): void => {
    hover.invalidate();
    if (card.current) schedule();
  };
  // Boxes are in document coordinates: a window scroll keeps them, a scroll inside the page does not.
  const onScroll = (event: Event): void => {
    if (event.target !== doc && event.target !== doc.documentElement) hover.invalidate();
    if (card.current) schedule();
  };
  doc.addEventListener('scroll', onScroll, options);
  // The page's layout changed without a scroll (images loaded, content added): boxes moved.
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(onLayout) : null;
  if (doc.body) resizes?.observe(doc.body);
  doc.defaultView?.addEventListener('resize', onLayout, options);
  const forget = (): void => {
    focus = null;
    card.hide();
  };
  doc.addEventListener('keydown', (event: KeyboardEvent) => event.key === 'Escape' && forget(), options);
  // Only leaving the window (no related target) forgets the pointer, not moving between elements.
  doc.addEventListener(
    'pointerout',
    (event: PointerEvent) => {
      if (event.relatedTarget !== null) return;
      pointer = null;
      hideIfHover();
    },
    options,
  );
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      resizes?.disconnect();
      card.hide();
    },
    { once: true },
  );

  return {
    handle(message) {
      switch (message.type) {
        case 'highlightAll':
          return highlightAll(message.people, message.places);
        case 'getParagraphs': {
          const analysis = getAnalysis();
          if (!analysis) return { ok: false, error: 'this page has not been analysed yet' };
          const reply: GetParagraphsReply = { starts: paragraphStarts(analysis.article.text) };
          return { ok: true, value: reply };
        }
        default:
          return undefined;
      }
    },
    mentionShown(entityId, current, all) {
      const result = getAnalysis()?.result;
      const entity = result ? findEntity(result, entityId) : undefined;
      if (!entity) return;
      selected = all.map((range) => ({ range, value: { entity, highlightName: highlight.HIGHLIGHT_ALL } }));
      refreshHoverables();
      focus = { entity, range: current };
      card.show(cardEntity(entity), current, 'focus');
    },
    cleared() {
      selected = [];
      typed = [];
      refreshHoverables();
      forget();
    },
    applySettings(settings) {
      showNotInIndex = settings.showNotInIndex;
      highlight.setHighlightColours(settings.colours);
    },
  };
}
