/**
 * The event types an endpoint may ask for (the outbox's webhook types, backend
 * modules/events/outbox.ts WEBHOOK_EVENT_TYPES), grouped by subject as the form shows them, and the
 * wildcards the API accepts: `<subject>.*` and `*`.
 */
export const ALL_EVENTS = '*';

export const EVENT_GROUPS = [
  { subject: 'product', label: 'Products', types: ['product.created', 'product.updated', 'product.trashed', 'product.restored', 'product.deleted'] },
  { subject: 'workspace', label: 'The workspace', types: ['workspace.created', 'workspace.updated', 'workspace.deleted'] },
  { subject: 'membership', label: 'Members', types: ['membership.created', 'membership.updated', 'membership.deleted'] },
] as const;

export const wildcardOf = (subject: string) => `${subject}.*`;

/** Whether `type` (or a wildcard) is delivered under this selection. */
export function covers(selection: readonly string[], type: string): boolean {
  if (selection.includes(ALL_EVENTS) || selection.includes(type)) return true;
  const dot = type.indexOf('.');
  return dot > 0 && selection.includes(wildcardOf(type.slice(0, dot)));
}

/**
 * What the form sends: `*` alone when everything is chosen, a subject's wildcard without the types it
 * already covers, in the form's order (so that an unchanged edit sends what it was given).
 */
export function normalizeEvents(selection: readonly string[]): string[] {
  if (selection.includes(ALL_EVENTS)) return [ALL_EVENTS];
  const out: string[] = [];
  for (const group of EVENT_GROUPS) {
    const wildcard = wildcardOf(group.subject);
    if (selection.includes(wildcard)) out.push(wildcard);
    else out.push(...group.types.filter((type) => selection.includes(type)));
  }
  // A type this SPA does not know yet (the API may add some) is kept as it came.
  const known = new Set<string>([ALL_EVENTS, ...EVENT_GROUPS.flatMap((g) => [wildcardOf(g.subject), ...g.types])]);
  return [...out, ...selection.filter((type) => !known.has(type))];
}

/** The selection after a checkbox changed: a wildcard box stands for its group, `*` for all. */
export function toggleEvent(selection: readonly string[], value: string, on: boolean): string[] {
  const without = selection.filter((item) => item !== value);
  return normalizeEvents(on ? [...without, value] : without);
}

/** "All events", "All product events, workspace.updated", for the list of endpoints. */
export function eventsSummary(events: readonly string[]): string {
  return events
    .map((event) => {
      if (event === ALL_EVENTS) return 'All events';
      const group = EVENT_GROUPS.find((g) => wildcardOf(g.subject) === event);
      return group ? `All ${group.subject} events` : event;
    })
    .join(', ');
}
