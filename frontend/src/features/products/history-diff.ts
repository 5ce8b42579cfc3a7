import type { HistoryEntry } from './types';

type Change = HistoryEntry['changes'][number];

/** How one change of the history reads: a value replaced, items added and removed, or pictures. */
export type ChangeView =
  | { kind: 'value'; field: Change['field']; old: unknown; new: unknown }
  | { kind: 'set'; field: 'tags' | 'categoryIds'; added: string[]; removed: string[] }
  | { kind: 'images'; before: number; after: number; reordered: boolean }
  | { kind: 'trash'; trashed: boolean };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function viewOf(change: Change): ChangeView {
  const { field } = change;
  if (field === 'tags' || field === 'categoryIds') {
    const before = list(change.old);
    const after = list(change.new);
    return { kind: 'set', field, added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
  }
  if (field === 'images') {
    const before = list(change.old);
    const after = list(change.new);
    // The same pictures in another order: only the order changed.
    const reordered = before.length === after.length && before.some((id, i) => after[i] !== id) && before.every((id) => after.includes(id));
    return { kind: 'images', before: before.length, after: after.length, reordered };
  }
  if (field === 'trashedAt') return { kind: 'trash', trashed: change.new !== null };
  return { kind: 'value', field, old: change.old, new: change.new };
}

const CHANGE_LABELS: Record<HistoryEntry['change'], string> = {
  create: 'Created',
  update: 'Changed',
  images: 'Pictures changed',
  trash: 'Moved to the trash',
  restore: 'Restored from the trash',
  revert: 'Reverted',
  import: 'Imported',
  bulk: 'Changed in a bulk edit',
};

export function changeLabel(entry: Pick<HistoryEntry, 'change' | 'revertedTo'>): string {
  if (entry.change === 'revert' && entry.revertedTo !== null) return `Reverted to version ${entry.revertedTo}`;
  return CHANGE_LABELS[entry.change];
}

/** Who made it: a person by name, an API key by its name, or the system (a job). */
export function actorLabel(actor: HistoryEntry['actor']): string {
  if (actor.type === 'system') return 'System';
  if (actor.type === 'apiKey') return `API key ${actor.name ?? '(deleted)'}`;
  return actor.name ?? 'A deleted account';
}
