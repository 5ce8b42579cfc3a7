import type { ProductField, ProductFormValues } from './validation';

/**
 * Three-way merge of a product's fields after a conflict (412): `base` is the product as the user
 * loaded it, `theirs` as it is now, `mine` the form. Pure, so every combination is unit-tested.
 */

/** What happened to one field: nobody changed it, one side did, both did alike, or both did differently. */
type MergeOutcome = 'unchanged' | 'mine' | 'theirs' | 'same' | 'conflict';

export type Choice = 'mine' | 'theirs';

interface FieldMerge<V, F extends keyof V = keyof V> {
  field: F;
  outcome: MergeOutcome;
  /** Undefined when the base is unknown (pruned from the history). */
  base: V[F] | undefined;
  mine: V[F];
  theirs: V[F];
}

export interface Merge<V> {
  /** Each field merged; a conflicting one keeps mine until chosen (see resolve). */
  values: V;
  fields: Array<FieldMerge<V>>;
  conflicts: Array<keyof V>;
  /** No base was found: every field that differs had to become a conflict. */
  baseUnknown: boolean;
}

/** A price as a number's digits: "012.30", "12.3" and "12.30" are one price. Anything else as typed. */
function canonicalPrice(price: string): string {
  const value = price.trim();
  const match = /^(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return value;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** A whole number as typed ("007", " 7") compares as its digits. */
function canonicalInteger(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : trimmed;
}

/** Tags and categories are sets: the same items in another order are no change. */
function canonicalSet(items: readonly string[]): string {
  return JSON.stringify([...new Set(items)].sort());
}

/** Whether two values of `field` mean the same thing to the API (which trims, normalises prices…). */
export function sameValue(field: ProductField, a: unknown, b: unknown): boolean {
  switch (field) {
    case 'price':
      return canonicalPrice(String(a)) === canonicalPrice(String(b));
    case 'stock':
    case 'lowStockThreshold':
      return canonicalInteger(String(a)) === canonicalInteger(String(b));
    case 'name':
    case 'sku':
      return String(a).trim() === String(b).trim();
    case 'currency':
      return String(a).trim().toUpperCase() === String(b).trim().toUpperCase();
    case 'categoryIds':
    case 'tags':
      return canonicalSet(a as string[]) === canonicalSet(b as string[]);
    default:
      return a === b;
  }
}

function outcomeOf(field: ProductField, base: unknown, mine: unknown, theirs: unknown, baseKnown: boolean): MergeOutcome {
  const mineChanged = !baseKnown || !sameValue(field, base, mine);
  const theirsChanged = !baseKnown || !sameValue(field, base, theirs);
  if (!mineChanged && !theirsChanged) return 'unchanged';
  if (mineChanged && !theirsChanged) return 'mine';
  if (!mineChanged) return 'theirs';
  if (sameValue(field, mine, theirs)) return baseKnown ? 'same' : 'unchanged';
  return 'conflict';
}

/**
 * Merges `mine` and `theirs` against `base` (null: unknown), field by field. A field changed on one
 * side takes that side's value; changed alike on both, theirs (the API's spelling, so nothing is
 * sent for it); changed differently on both, it is a conflict and keeps mine until chosen.
 */
export function mergeFields<V extends Partial<ProductFormValues>>(base: V | null, theirs: V, mine: V): Merge<V> {
  const keys = Object.keys(mine) as Array<keyof V & ProductField>;
  const fields = keys.map((field): FieldMerge<V> => ({
    field,
    outcome: outcomeOf(field, base?.[field], mine[field], theirs[field], base !== null),
    base: base?.[field],
    mine: mine[field],
    theirs: theirs[field],
  }));
  const values = { ...mine };
  for (const { field, outcome } of fields) {
    if (outcome === 'theirs' || outcome === 'same') values[field] = theirs[field];
  }
  return {
    values,
    fields,
    conflicts: fields.filter((f) => f.outcome === 'conflict').map((f) => f.field),
    baseUnknown: base === null,
  };
}

/** The merged values with a side chosen for each conflict; conflicts without a choice keep mine. */
export function resolve<V>(merge: Merge<V>, choices: Partial<Record<keyof V, Choice>>): V {
  const values = { ...merge.values };
  for (const { field, outcome, theirs } of merge.fields) {
    if (outcome === 'conflict' && choices[field] === 'theirs') values[field] = theirs;
  }
  return values;
}

/** The conflicts still waiting for a choice. */
export function unresolved<V>(merge: Merge<V>, choices: Partial<Record<keyof V, Choice>>): Array<keyof V> {
  return merge.conflicts.filter((field) => !choices[field]);
}
