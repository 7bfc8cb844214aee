// What the reader e2e tests read from the pages: the context card in the article page (its host
// element and open shadow root), by-type highlights, and extension storage through an extension page.
import type { Page } from 'puppeteer-core';

export type ExtensionApi = {
  storage: {
    session: { get(key: string | null): Promise<Record<string, unknown>> };
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown>; remove(tabId: number): Promise<void> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  i18n: { getMessage(key: string): string };
};

export interface CardState {
  hosts: number;
  text: string;
  entityId: string;
  visibility: string;
  hostDisplay: string;
  cardWidth: number;
  rect: { top: number; bottom: number; left: number; right: number } | null;
  hasMap: boolean;
  hasDot: boolean;
}

export async function cardState(article: Page): Promise<CardState> {
  return article.evaluate(() => {
    const hosts = document.querySelectorAll('dramatis-card');
    const host = hosts[0] as HTMLElement | undefined;
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
    const rect = card?.getBoundingClientRect();
    return {
      hosts: hosts.length,
      text: card?.textContent ?? '',
      entityId: card?.dataset.entityId ?? '',
      visibility: card ? getComputedStyle(card).visibility : '',
      hostDisplay: host ? getComputedStyle(host).display : '',
      cardWidth: rect?.width ?? 0,
      rect: rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null,
      hasMap: card?.querySelector('svg.map path.land') != null,
      hasDot: card?.querySelector('svg.map circle.dot') != null,
    };
  });
}

/** The texts of the ranges painted under a highlight name, in the page's registry. */
export async function highlightTexts(article: Page, name: string): Promise<string[]> {
  return article.evaluate((highlightName: string) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(highlightName) ?? [])].map((range) => range.toString());
  }, name);
}

/** Centre of a painted range of `name`, scrolled into view first; null if there is none. */
export async function pointOnHighlight(article: Page, name: string, index = 0): Promise<{ x: number; y: number; text: string } | null> {
  return article.evaluate(
    (highlightName: string, at: number) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get(highlightName) ?? [])][at];
      if (!range) return null;
      (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    name,
    index,
  );
}

/** The CSS text of the adopted sheet holding our ::highlight rules, as the page sees it. */
export async function highlightSheetText(article: Page): Promise<string> {
  return article.evaluate(() =>
    [...document.adoptedStyleSheets]
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .filter((text) => text.includes('dramatis-person'))
      .join('\n'),
  );
}

/** 1-based block number (h1, then the article's paragraphs) holding the current highlight. */
export async function currentHighlightBlock(article: Page): Promise<number> {
  return article.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...(registry.get('dramatis-current') ?? [])][0];
    const block = range?.startContainer.parentElement?.closest('h1, p');
    return [...document.querySelectorAll('article h1, article p')].indexOf(block as Element) + 1;
  });
}
