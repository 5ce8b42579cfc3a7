import type { Product } from './types';

/*
 * Which products a bulk change applies to: some picked one by one from those shown, or every product
 * that matches the list's filter ("select all that match"), which the API captures when the job is
 * created. Pure and immutable, so the list re-renders on each change and the rules are unit-tested.
 */

/** The API takes at most this many products by id in one bulk change (the filter has no limit). */
export const BULK_IDS_MAX = 1_000;

export interface Selection {
  ids: ReadonlySet<string>;
  /** Every product that matches the filter, shown or not. */
  allMatching: boolean;
}

export const NO_SELECTION: Selection = { ids: new Set(), allMatching: false };

export const isSelected = (selection: Selection, id: string): boolean => selection.allMatching || selection.ids.has(id);

/** One product in or out. Taking one out of "all that match" leaves the others shown selected. */
export function toggle(selection: Selection, id: string, shown: readonly string[]): Selection {
  if (selection.allMatching) return { ids: new Set(shown.filter((other) => other !== id)), allMatching: false };
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, allMatching: false };
}

/** Every product shown, in or out (the header's checkbox). */
export function setShown(selection: Selection, shown: readonly string[], selected: boolean): Selection {
  if (!selected) return NO_SELECTION;
  return { ids: new Set([...selection.ids, ...shown]), allMatching: false };
}

export const selectAllMatching = (): Selection => ({ ids: new Set(), allMatching: true });

/** The header checkbox: all shown selected, some, or none. */
export function shownState(selection: Selection, shown: readonly string[]): 'all' | 'some' | 'none' {
  if (shown.length === 0) return 'none';
  const count = shown.filter((id) => isSelected(selection, id)).length;
  return count === 0 ? 'none' : count === shown.length ? 'all' : 'some';
}

/** How many products a change would touch; for "all that match", the list's total (null: not known yet). */
export function selectedCount(selection: Selection, total: number | undefined): number | null {
  if (selection.allMatching) return total ?? null;
  return selection.ids.size;
}

/** "Select all that match" is worth offering once every product shown is picked and more match than are shown. */
export function offersAllMatching(selection: Selection, shown: readonly string[], total: number | undefined): boolean {
  return !selection.allMatching && shownState(selection, shown) === 'all' && total !== undefined && total > shown.length;
}

/**
 * The body's `selection`: the products picked, each guarded by the version the list showed (changed
 * since: the API reports a conflict instead of overwriting), or the filter itself.
 */
export function selectionBody<F>(selection: Selection, shown: readonly Pick<Product, 'id' | 'version'>[], filter: F): { ids: Array<{ id: string; version: number }> } | { filter: F } {
  if (selection.allMatching) return { filter };
  return { ids: shown.filter((product) => selection.ids.has(product.id)).map(({ id, version }) => ({ id, version })) };
}
