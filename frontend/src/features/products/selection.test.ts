import { describe, expect, it } from 'vitest';
import { isSelected, NO_SELECTION, offersAllMatching, selectAllMatching, selectedCount, selectionBody, setShown, shownState, toggle } from './selection';

const shown = ['a', 'b', 'c'];

describe('the selection of a list for a bulk change', () => {
  it('when products are picked one by one, then each toggles in and out and the header box is mixed', () => {
    let selection = toggle(NO_SELECTION, 'a', shown);
    selection = toggle(selection, 'b', shown);
    expect([...selection.ids]).toEqual(['a', 'b']);
    expect(shownState(selection, shown)).toBe('some');
    selection = toggle(selection, 'a', shown);
    expect([...selection.ids]).toEqual(['b']);
    expect(isSelected(selection, 'a')).toBe(false);
    expect(selectedCount(selection, 50)).toBe(1);
  });

  it('when the header box is checked, then every product shown is picked; unchecked, none is', () => {
    const all = setShown(toggle(NO_SELECTION, 'a', shown), shown, true);
    expect(shownState(all, shown)).toBe('all');
    expect(selectedCount(all, 50)).toBe(3);
    expect(setShown(all, shown, false)).toEqual(NO_SELECTION);
    expect(shownState(NO_SELECTION, [])).toBe('none');
  });

  it('"all that match" is offered once all shown are picked and more match, and counts the list\'s total', () => {
    const all = setShown(NO_SELECTION, shown, true);
    expect(offersAllMatching(all, shown, 50)).toBe(true);
    expect(offersAllMatching(all, shown, 3)).toBe(false);
    expect(offersAllMatching(toggle(NO_SELECTION, 'a', shown), shown, 50)).toBe(false);
    const matching = selectAllMatching();
    expect(offersAllMatching(matching, shown, 50)).toBe(false);
    expect(selectedCount(matching, 50)).toBe(50);
    expect(selectedCount(matching, undefined)).toBeNull();
    expect(isSelected(matching, 'z')).toBe(true);
  });

  it('when one is taken out of "all that match", then the others shown stay picked, one by one', () => {
    const selection = toggle(selectAllMatching(), 'b', shown);
    expect(selection.allMatching).toBe(false);
    expect([...selection.ids]).toEqual(['a', 'c']);
  });

  it('the body guards each picked product by the version shown, or carries the filter for "all that match"', () => {
    const products = [
      { id: 'a', version: 3 },
      { id: 'b', version: 1 },
      { id: 'c', version: 9 },
    ];
    const picked = toggle(toggle(NO_SELECTION, 'c', shown), 'a', shown);
    expect(selectionBody(picked, products, { q: 'lamp' })).toEqual({ ids: [{ id: 'a', version: 3 }, { id: 'c', version: 9 }] });
    expect(selectionBody(selectAllMatching(), products, { q: 'lamp' })).toEqual({ filter: { q: 'lamp' } });
  });
});
