// The toolbar badge: how many people and places the article has, at a glance.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages.ts';

const BADGE_COLOUR = '#26468c';
const ERROR_COLOUR = '#b3261e';

/** Badge text for a state: the entity count when done, '!' on error, nothing otherwise. */
export function badgeText(state: TabState): string {
  if (state.status === 'done' && state.result) return String(state.result.people.length + state.result.places.length);
  if (state.status === 'error') return '!';
  return '';
}

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const text = badgeText(state);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: state.status === 'error' ? ERROR_COLOUR : BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text });
  } catch (error) {
    // The tab may have closed in the meantime; nothing to show then.
    console.debug('Dramatis: badge not set', error);
  }
}
