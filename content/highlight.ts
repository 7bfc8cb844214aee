// Highlights mentions with the CSS Custom Highlight API: ranges are painted by the browser,
// no element is added, moved or restyled, so the page's DOM stays exactly as it was.
// The ::highlight() rules live in a constructed stylesheet adopted by the document, which is
// not a DOM node either (no <style> element is ever inserted).

/** Every mention of the selected entity. */
export const HIGHLIGHT_ALL = 'dramatis-all';
/** The mention the user asked for. */
export const HIGHLIGHT_CURRENT = 'dramatis-current';

/** Every mention of every person / place, when the popup's "highlight all" toggles are on. */
export const HIGHLIGHT_PERSON = 'dramatis-person';
export const HIGHLIGHT_PLACE = 'dramatis-place';

/** Colours of the by-type highlights (options page); hex #rrggbb, painted half transparent. */
export interface HighlightColours {
  person: string;
  place: string;
}
const DEFAULT_COLOURS: HighlightColours = { person: '#ffd54f', place: '#80cbc4' };
/** Alpha (hex) added to the by-type colours so the text stays readable. */
const TYPE_ALPHA = '8c';

export function highlightCss(colours: HighlightColours = DEFAULT_COLOURS): string {
  return `
::highlight(${HIGHLIGHT_PERSON}) { background-color: ${colours.person}${TYPE_ALPHA}; }
::highlight(${HIGHLIGHT_PLACE}) { background-color: ${colours.place}${TYPE_ALPHA}; }
::highlight(${HIGHLIGHT_ALL}) { background-color: rgba(255, 214, 0, 0.35); }
::highlight(${HIGHLIGHT_CURRENT}) { background-color: #ffb000; color: #000; }
`;
}

/** Also shipped by the build as the content script's CSS where adoptedStyleSheets is unavailable. */
export const HIGHLIGHT_CSS = highlightCss();

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => { priority?: number };

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { highlights: css.highlights, Highlight };
}

export function supportsHighlights(): boolean {
  return registry() !== null;
}

/** Paints `current` strongly and `others` lightly, replacing any previous highlight. */
export function showHighlights(current: Range, others: Range[] = []): boolean {
  const api = registry();
  if (!api) return false;
  api.highlights.set(HIGHLIGHT_ALL, new api.Highlight(...others));
  const strong = new api.Highlight(current);
  strong.priority = 2; // above the by-type highlights it overlaps
  api.highlights.set(HIGHLIGHT_CURRENT, strong);
  return true;
}

/** Paints every mention by type, replacing the previous by-type highlights (empty lists: none). */
export function showTypedHighlights(people: Range[], places: Range[]): boolean {
  const api = registry();
  if (!api) return false;
  for (const [name, ranges] of [[HIGHLIGHT_PERSON, people], [HIGHLIGHT_PLACE, places]] as const) {
    if (ranges.length > 0) api.highlights.set(name, new api.Highlight(...ranges));
    else api.highlights.delete(name);
  }
  return true;
}

export function clearHighlights(): void {
  const api = registry();
  if (!api) return;
  api.highlights.delete(HIGHLIGHT_ALL);
  api.highlights.delete(HIGHLIGHT_CURRENT);
  api.highlights.delete(HIGHLIGHT_PERSON);
  api.highlights.delete(HIGHLIGHT_PLACE);
}

/** Sheets adopted by init(), re-filled when the user picks other colours. */
const adoptedSheets = new Set<CSSStyleSheet>();

export function setHighlightColours(colours: HighlightColours): void {
  for (const sheet of adoptedSheets) {
    try {
      sheet.replaceSync(highlightCss(colours));
    } catch {
      // A sheet from a document that is gone: nothing to recolour.
    }
  }
}

/** Adopts the highlight styles into the document; returns how to take them back. */
export function adoptHighlightStyles(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // push() rather than reassigning: it keeps the page's own adopted sheets and works through
    // Firefox's content-script wrappers.
    doc.adoptedStyleSheets.push(sheet);
    adoptedSheets.add(sheet);
    return () => {
      adoptedSheets.delete(sheet);
      try {
        const index = doc.adoptedStyleSheets.indexOf(sheet);
        if (index >= 0) doc.adoptedStyleSheets.splice(index, 1);
      } catch {
        // The page may have replaced its sheets; nothing to undo then.
      }
    };
  } catch {
    return () => {};
  }
}

/** Scrolls so the range sits in the middle of the viewport (inside any scrolling container). */
export function scrollToRange(range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (!element) return;
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
}

/** Installs the styles and clears highlights on Escape, until `signal` aborts. */
export function init(signal: AbortSignal, doc: Document = document): void {
  const removeStyles = adoptHighlightStyles(doc);
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') clearHighlights();
  };
  doc.addEventListener('keydown', onKey, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    clearHighlights();
    removeStyles();
  }, { once: true });
}
