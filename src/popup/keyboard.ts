// The popup's keyboard: arrows move between entries, Enter jumps (native button), n / p cycle the
// selected entity's mentions, "/" focuses the filter, Escape clears the highlights.

export interface KeyActions {
  focusFilter(): void;
  /** Clears the filter; returns false when it was already empty. */
  clearFilter(): boolean;
  nextMention(step: 1 | -1): void;
  clearHighlights(): void;
}

const ENTRY_SELECTOR = '.entity-button';

/** Moves focus to the entry `step` away from the focused one (or the first / last). */
function moveFocus(doc: Document, step: number | 'first' | 'last'): void {
  const entries = [...doc.querySelectorAll<HTMLButtonElement>(ENTRY_SELECTOR)];
  if (entries.length === 0) return;
  const at = entries.indexOf(doc.activeElement as HTMLButtonElement);
  let next: number;
  if (step === 'first') next = 0;
  else if (step === 'last') next = entries.length - 1;
  else if (at < 0) next = step > 0 ? 0 : entries.length - 1;
  else next = Math.max(0, Math.min(entries.length - 1, at + step));
  entries[next].focus();
  entries[next].scrollIntoView?.({ block: 'nearest' });
}

/** A field that takes typed text (not a checkbox), where letters and "/" are text, not commands. */
function isTextField(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string } | null;
  const tag = element?.tagName?.toUpperCase();
  return (tag === 'INPUT' && element?.type !== 'checkbox' && element?.type !== 'radio') || tag === 'TEXTAREA';
}

export function handlePopupKey(event: KeyboardEvent, actions: KeyActions, doc: Document = document): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const inField = isTextField(event.target);
  const handled = (): void => event.preventDefault();
  switch (event.key) {
    case 'ArrowDown':
      handled();
      return moveFocus(doc, inField ? 'first' : 1);
    case 'ArrowUp':
      if (inField) return;
      handled();
      return moveFocus(doc, -1);
    case 'Home':
    case 'End':
      if (inField) return;
      handled();
      return moveFocus(doc, event.key === 'Home' ? 'first' : 'last');
    case 'Escape':
      handled();
      // In the filter, Escape first empties it; then it clears the highlights.
      if (inField && actions.clearFilter()) return;
      return actions.clearHighlights();
    case '/':
      if (inField) return;
      handled();
      return actions.focusFilter();
    case 'n':
    case 'p':
      if (inField) return;
      handled();
      return actions.nextMention(event.key === 'n' ? 1 : -1);
    default:
      return;
  }
}
