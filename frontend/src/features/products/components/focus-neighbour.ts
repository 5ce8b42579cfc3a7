/**
 * A row is about to leave its list (deleted, restored): the focus goes to the next row's first
 * button (or the previous one's, or the page's heading) rather than falling to the page's body.
 */
export function focusNeighbourOf(row: HTMLElement | null): void {
  const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
  (neighbour?.querySelector<HTMLElement>('a[href], button') ?? document.querySelector<HTMLElement>('h1'))?.focus();
}
