// The context card: a small card next to a highlighted mention (name, description, country; a dot
// on a mini world map for places, "mentioned N times" for people). It lives in a shadow root of
// the one element we ever add to the page, a <dramatis-card> host appended to <html> only while a
// card shows and removed when it hides, so the page's DOM is untouched the rest of the time.
// - Page CSS cannot reach in (shadow root, `all: initial`) nor style the host (inline !important).
// - It never moves the page's layout (position: fixed) and never takes the pointer (pointer-events: none).
// - The shadow root is open: the card shows only text already on the page, and tests in both
//   browsers can read it.
import type { EntityType } from '../src/core/types.ts';
import { countryName, plural, t } from '../src/popup/i18n.ts';
import type { LonLat } from '../src/popup/map/focus.ts';
import { MINI_MAP_SIZE as MINI_MAP, miniMapLand, miniMapPoint } from './mini-map.ts';

export const CARD_HOST_TAG = 'dramatis-card';
/** Gap between the mention and the card, and between the card and the viewport's edges (px). */
const GAP_PX = 6;
const EDGE_PX = 8;
const CARD_WIDTH_PX = 264;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface CardEntity {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  country: string;
  coords?: LonLat;
  mentionCount: number;
}

export type CardMode = 'hover' | 'focus';

const CARD_CSS = `
:host { all: initial; }
.card {
  all: initial;
  position: fixed;
  box-sizing: border-box;
  width: ${CARD_WIDTH_PX}px;
  padding: 10px 12px;
  border-radius: 8px;
  background: #ffffff;
  color: #1b1d21;
  border: 1px solid #d5d9e0;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  pointer-events: none;
  display: block;
}
.name { display: block; font-weight: 700; font-size: 14px; }
.description { display: block; color: #4a5060; margin-top: 2px; }
.meta { display: block; color: #4a5060; margin-top: 6px; font-size: 12px; }
.map { display: block; margin-top: 8px; width: ${MINI_MAP.width}px; height: ${MINI_MAP.height}px; background: #dfeaf5; border-radius: 4px; }
.land { fill: #b9c4b0; stroke: none; }
.dot { fill: #c62828; stroke: #ffffff; stroke-width: 1.5; }
@media (prefers-color-scheme: dark) {
  .card { background: #24272d; color: #e8eaef; border-color: #3a3e47; }
  .description, .meta { color: #b4bac6; }
  .map { background: #1b2633; }
  .land { fill: #4b5648; }
  .dot { fill: #ff6e6e; stroke: #24272d; }
}
`;

/** Inline !important styles for the host: beat any page rule, take no space, sit on top. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function miniMap(doc: Document, coords: LonLat, label: string): SVGSVGElement {
  const d = miniMapLand();
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map');
  svg.setAttribute('viewBox', `0 0 ${MINI_MAP.width} ${MINI_MAP.height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const land = doc.createElementNS(SVG_NS, 'path');
  land.setAttribute('class', 'land');
  land.setAttribute('d', d);
  svg.append(land);
  const xy = miniMapPoint(coords);
  if (Number.isFinite(xy[0]) && Number.isFinite(xy[1])) {
    const dot = doc.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('class', 'dot');
    dot.setAttribute('cx', xy[0].toFixed(1));
    dot.setAttribute('cy', xy[1].toFixed(1));
    dot.setAttribute('r', '3.5');
    svg.append(dot);
  }
  return svg;
}

function adoptCss(root: ShadowRoot, doc: Document): void {
  try {
    // A constructed sheet is not subject to the page's CSP (an inline <style> may be).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets.push(sheet);
  } catch {
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    root.append(style);
  }
}

export class ContextCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private anchor: Range | null = null;
  private shown: { entityId: string; mode: CardMode } | null = null;

  constructor(private readonly doc: Document) {}

  get current(): { entityId: string; mode: CardMode; anchor: Range } | null {
    return this.shown && this.anchor ? { ...this.shown, anchor: this.anchor } : null;
  }

  show(entity: CardEntity, anchor: Range, mode: CardMode): void {
    const doc = this.doc;
    if (!this.host) {
      const host = doc.createElement(CARD_HOST_TAG);
      for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
      const root = host.attachShadow({ mode: 'open' });
      adoptCss(root, doc);
      this.card = element(doc, 'div', 'card');
      this.card.setAttribute('role', 'tooltip');
      root.append(this.card);
      this.host = host;
    }
    const card = this.card!;
    card.replaceChildren();
    card.dataset.entityId = entity.id;
    card.append(element(doc, 'span', 'name', entity.name));
    if (entity.description) card.append(element(doc, 'span', 'description', entity.description));
    const country = countryName(entity.country);
    const meta: string[] = [];
    if (country && entity.type === 'person') meta.push(country);
    if (entity.type === 'person') meta.push(plural(entity.mentionCount, 'cardMentionedOnce', 'cardMentionedTimes'));
    if (entity.type === 'place' && country && country !== entity.name) meta.push(country);
    if (meta.length > 0) card.append(element(doc, 'span', 'meta', meta.join(' · ')));
    if (entity.type === 'place' && entity.coords) card.append(miniMap(doc, entity.coords, t('cardMapLabel', entity.name)));
    if (!this.host!.isConnected) doc.documentElement.append(this.host!);
    this.anchor = anchor;
    this.shown = { entityId: entity.id, mode };
    this.reposition();
  }

  /** Places the card below the mention (above if there is no room); hides it while the mention is off screen. */
  reposition(): void {
    if (!this.card || !this.anchor) return;
    // The page replaced the mention's text: the card has nothing left to point at.
    if (!this.anchor.startContainer.isConnected) return this.hide();
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const rects = this.anchor.getClientRects();
    const rect = rects.length > 0 ? rects[0] : this.anchor.getBoundingClientRect();
    const offScreen = rect.bottom < 0 || rect.top > height || (rect.width === 0 && rect.height === 0);
    this.card.style.visibility = offScreen ? 'hidden' : 'visible';
    if (offScreen) return;
    const cardHeight = this.card.getBoundingClientRect().height;
    const below = rect.bottom + GAP_PX;
    const top = below + cardHeight <= height - EDGE_PX || rect.top - GAP_PX - cardHeight < EDGE_PX ? below : rect.top - GAP_PX - cardHeight;
    const left = Math.max(EDGE_PX, Math.min(rect.left, width - CARD_WIDTH_PX - EDGE_PX));
    this.card.style.top = `${Math.round(top)}px`;
    this.card.style.left = `${Math.round(left)}px`;
  }

  /** Takes the card and its host out of the page. */
  hide(): void {
    this.host?.remove();
    this.anchor = null;
    this.shown = null;
  }
}
