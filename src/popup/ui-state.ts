// What the popup remembers per tab while the tab lives (storage.session, key `popup:<tabId>`;
// the background removes it with the tab's state). Pure: the key and the validation.

export interface PopupUiState {
  filter: string;
  /** Selected entity and which of its mentions is shown, or null. */
  selected: { entityId: string; mentionIndex: number } | null;
  highlightPeople: boolean;
  highlightPlaces: boolean;
}

export const EMPTY_UI_STATE: PopupUiState = { filter: '', selected: null, highlightPeople: false, highlightPlaces: false };

/** Longest filter text kept. */
const MAX_FILTER_LENGTH = 200;

export const popupStateKey = (tabId: number): string => `popup:${tabId}`;

/** A stored value → valid state (anything unexpected falls back to the empty state's field). */
export function parsePopupState(raw: unknown): PopupUiState {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_UI_STATE };
  const value = raw as Record<string, unknown>;
  const selected = value.selected as Record<string, unknown> | null | undefined;
  const validSelection =
    typeof selected === 'object' &&
    selected !== null &&
    typeof selected.entityId === 'string' &&
    selected.entityId !== '' &&
    Number.isInteger(selected.mentionIndex) &&
    (selected.mentionIndex as number) >= 0;
  return {
    filter: typeof value.filter === 'string' ? value.filter.slice(0, MAX_FILTER_LENGTH) : '',
    selected: validSelection ? { entityId: selected.entityId as string, mentionIndex: selected.mentionIndex as number } : null,
    highlightPeople: value.highlightPeople === true,
    highlightPlaces: value.highlightPlaces === true,
  };
}
