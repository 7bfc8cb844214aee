// Per-tab state in storage.session: it outlives a killed worker but not the browser session,
// and never touches disk in a way that survives a restart.
// Results are stored compactly (mention offsets as numbers, each distinct mention text once):
// a 5 MB page has ~60k mentions, which as {start, end, text} objects overflow Chrome's 10 MB
// session quota, and it keeps what is stored to names and numbers.
import browser from 'webextension-polyfill';
import type { AnnotateResult, FoundEntity } from '../core/types.ts';
import type { TabState } from '../messages.ts';
import { popupStateKey } from '../popup/ui-state.ts';

const keyFor = (tabId: number): string => `tab:${tabId}`;

export const IDLE_STATE: TabState = { status: 'idle', url: '' };

/** An entity as stored: its mentions as [start delta, length, form index] triples over `forms`. */
type StoredEntity = Omit<FoundEntity, 'mentions'> & { forms: string[]; mentionData: number[] };
export type StoredTabState = Omit<TabState, 'result'> & { result?: { people: StoredEntity[]; places: StoredEntity[] } };

function packEntity({ mentions, ...entity }: FoundEntity): StoredEntity {
  const forms: string[] = [];
  const formIndex = new Map<string, number>();
  const mentionData: number[] = [];
  let previousStart = 0;
  for (const m of mentions) {
    let index = formIndex.get(m.text);
    if (index === undefined) {
      index = forms.push(m.text) - 1;
      formIndex.set(m.text, index);
    }
    mentionData.push(m.start - previousStart, m.end - m.start, index);
    previousStart = m.start;
  }
  return { ...entity, forms, mentionData };
}

function unpackEntity({ forms, mentionData, ...entity }: StoredEntity): FoundEntity {
  const mentions: FoundEntity['mentions'] = [];
  let start = 0;
  for (let i = 0; i + 2 < mentionData.length; i += 3) {
    start += mentionData[i]!;
    mentions.push({ start, end: start + mentionData[i + 1]!, text: forms[mentionData[i + 2]!] ?? '' });
  }
  return { ...entity, mentions };
}

export function packTabState({ result, ...state }: TabState): StoredTabState {
  return result ? { ...state, result: { people: result.people.map(packEntity), places: result.places.map(packEntity) } } : state;
}

export function unpackTabState({ result, ...state }: StoredTabState): TabState {
  if (!result) return state;
  const unpacked: AnnotateResult = { people: result.people.map(unpackEntity), places: result.places.map(unpackEntity) };
  return { ...state, result: unpacked };
}

export async function readTabState(tabId: number): Promise<TabState> {
  const key = keyFor(tabId);
  const stored = await browser.storage.session.get(key);
  const state = stored[key] as StoredTabState | undefined;
  return state ? unpackTabState(state) : IDLE_STATE;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: packTabState(state) });
}

/** Forgets the tab's state and what the popup remembered for it (filter, selection, toggles). */
export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([keyFor(tabId), popupStateKey(tabId)]);
}
