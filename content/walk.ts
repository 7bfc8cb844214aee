// A small depth-first walk over the text of a DOM subtree, in document order.
// Written by hand (firstChild/nextSibling) because linkedom's TreeWalker is incomplete, and so the
// same code runs in the content script and in Node. It is a generator so callers can pause between
// chunks of work on huge pages.

/** Elements whose text is never article text (or is not rendered at all). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK',
  // Page chrome that Readability drops as well.
  'NAV', 'ASIDE', 'FOOTER',
]);

/** Elements that start a new paragraph-like block when rendered. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL', 'BODY', 'HTML', 'CENTER', 'HGROUP', 'MENU', 'OPTION',
]);

/** Elements that end a line without starting a paragraph. */
const LINE_TAGS = new Set(['BR', 'TD', 'TH']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Break strength between two pieces of text: 1 = line, 2 = paragraph. */
export type BreakStrength = 1 | 2;

export type WalkItem = { kind: 'text'; node: Text } | { kind: 'break'; strength: BreakStrength };

/** Same rule as Readability's `_isProbablyVisible`, so we skip what it skips. */
export function isProbablyVisible(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true') {
    const className = typeof el.className === 'string' ? el.className : '';
    if (!className.includes('fallback-image')) return false;
  }
  // In a browser, also honour the page's style sheets (display:none from a class), which
  // attributes alone do not show. Not in linkedom, which has no layout.
  const checkVisibility = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof checkVisibility === 'function' && el.isConnected && !checkVisibility.call(el)) return false;
  return true;
}

export interface WalkOptions {
  /** Skip invisible elements and page chrome (true for live pages; false to walk Readability's output). */
  skipHidden: boolean;
}

function isSkipped(el: Element, options: WalkOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR' || tag === 'HR') return false;
  if (SKIPPED_TAGS.has(tag)) return options.skipHidden || tag === 'SCRIPT' || tag === 'STYLE';
  return options.skipHidden && !isProbablyVisible(el);
}

function breakAround(el: Element): BreakStrength | 0 {
  const tag = el.tagName.toUpperCase();
  if (BLOCK_TAGS.has(tag)) return 2;
  if (LINE_TAGS.has(tag)) return 1;
  return 0;
}

/** Yields the text nodes under `root` in document order, with block/line breaks between them. */
export function* walkText(root: Node, options: WalkOptions): Generator<WalkItem> {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      yield { kind: 'text', node: node as Text };
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkipped(el, options)) {
        const strength = breakAround(el);
        if (strength) yield { kind: 'break', strength };
        descend = node.firstChild !== null;
        // An element with no children closes its own block now.
        if (!descend && strength === 2) yield { kind: 'break', strength };
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE) {
        const strength = breakAround(node as Element);
        if (strength === 2) yield { kind: 'break', strength };
      }
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}
