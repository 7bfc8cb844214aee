import { describe, expect, it, vi } from 'vitest';
import { htmlDocument } from '../../content/test-dom.ts';
import { handlePopupKey, type KeyActions } from './keyboard.ts';

function setUp() {
  const doc = htmlDocument('<input class="filter" type="search"><input type="checkbox"><ul><li><button class="entity-button" id="a"></button></li><li><button class="entity-button" id="b"></button></li></ul>');
  const actions: KeyActions = { focusFilter: vi.fn(), clearFilter: vi.fn(() => false), nextMention: vi.fn(), clearHighlights: vi.fn() };
  const press = (key: string, target: Element | null, extra: Partial<KeyboardEvent> = {}) => {
    const event = { key, target, altKey: false, ctrlKey: false, metaKey: false, preventDefault: vi.fn(), ...extra } as unknown as KeyboardEvent;
    handlePopupKey(event, actions, doc);
    return event;
  };
  return { doc, actions, press };
}

describe('popup keys', () => {
  it('"/" focuses the filter, n / p cycle mentions, Escape clears highlights', () => {
    const { doc, actions, press } = setUp();
    const button = doc.getElementById('a');
    expect(press('/', button).preventDefault).toHaveBeenCalled();
    expect(actions.focusFilter).toHaveBeenCalledTimes(1);
    press('n', button);
    press('p', doc.querySelector('input[type="checkbox"]'));
    expect(actions.nextMention).toHaveBeenNthCalledWith(1, 1);
    expect(actions.nextMention).toHaveBeenNthCalledWith(2, -1);
    press('Escape', button);
    expect(actions.clearHighlights).toHaveBeenCalledTimes(1);
  });

  it('leaves typing in the filter alone; Escape there empties it before clearing highlights', () => {
    const { doc, actions, press } = setUp();
    const filter = doc.querySelector('input.filter');
    for (const key of ['/', 'n', 'p', 'ArrowUp']) expect(press(key, filter).preventDefault).not.toHaveBeenCalled();
    expect(actions.focusFilter).not.toHaveBeenCalled();
    expect(actions.nextMention).not.toHaveBeenCalled();
    (actions.clearFilter as ReturnType<typeof vi.fn>).mockReturnValueOnce(true);
    press('Escape', filter);
    expect(actions.clearHighlights).not.toHaveBeenCalled();
    press('Escape', filter);
    expect(actions.clearHighlights).toHaveBeenCalledTimes(1);
  });

  it('ignores keys with modifiers (browser shortcuts)', () => {
    const { actions, press } = setUp();
    press('n', null, { ctrlKey: true });
    press('/', null, { metaKey: true });
    expect(actions.nextMention).not.toHaveBeenCalled();
    expect(actions.focusFilter).not.toHaveBeenCalled();
  });
});
