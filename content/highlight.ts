// Highlights mentions with the CSS Custom Highlight API: ranges are painted by the browser,
// no element is added, moved or restyled, so the page's DOM stays exactly as it was.
// The ::highlight() rules live in a constructed stylesheet adopted by the document, which is
// not a DOM node either (no <style> element is ever inserted).

/** Every mention of the selected entity. */
export const HIGHLIGHT_ALL = 'dramatis-all';
/** The mention the user asked for. */
export const HIGHLIGHT_CURRENT = 'dramatis-current';

/** Also shipped by the build as the content script's CSS where adoptedStyleSheets is unavailable. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_ALL}) { background-color: rgba(255, 214, 0, 0.35); }
::highlight(${HIGHLIGHT_CURRENT}) { background-color: #ffb000; color: #000; }
`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

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
  api.highlights.set(HIGHLIGHT_CURRENT, new api.Highlight(current));
  return true;
}

export function clearHighlights(): void {
  const api = registry();
  if (!api) return;
  api.highlights.delete(HIGHLIGHT_ALL);
  api.highlights.delete(HIGHLIGHT_CURRENT);
}

/** Adopts the highlight styles into the document; returns how to take them back. */
export function adoptHighlightStyles(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // push() rather than reassigning: it keeps the page's own adopted sheets and works through
    // Firefox's content-script wrappers.
    doc.adoptedStyleSheets.push(sheet);
    return () => {
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
