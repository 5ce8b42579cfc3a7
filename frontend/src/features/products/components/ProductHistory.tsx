import { type CategoryName, describeApiValue, FIELD_LABELS } from '../field-labels';
import { useProductHistory } from '../api/history';
import type { VersionedProduct } from '../api/get-product';
import { actorLabel, changeLabel, type ChangeView, viewOf } from '../history-diff';
import type { HistoryEntry } from '../types';
import { RevertButton } from './RevertButton';
import './history.css';

interface ProductHistoryProps {
  latest: VersionedProduct;
  /** Whether the user may change the product (and so revert it). */
  canRevert: boolean;
  categoryName?: CategoryName;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The product's history, newest first: who changed what, when, field by field, and a way back to
 * any version. Only for those who see its workspace side; to anyone else the API answers 404, and
 * the section is left out.
 */
export function ProductHistory({ latest, canRevert, categoryName }: ProductHistoryProps) {
  const history = useProductHistory(latest.product.id);
  if (history.isError && history.error.status === 404 && !history.data) return null;
  const entries = history.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <section className="panel history" aria-labelledby="product-history">
      <h2 id="product-history">History</h2>
      {history.isPending ? (
        <p className="muted" role="status">
          Loading the history…
        </p>
      ) : history.isError && entries.length === 0 ? (
        <p className="field__error" role="alert">
          Could not load the history: {history.error.message}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => void history.refetch()}>
            Try again
          </button>
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">No changes are recorded for this product.</p>
      ) : (
        <ol className="history__list" aria-label="Changes, newest first">
          {entries.map((entry) => (
            <li key={entry.version} className="history__entry">
              <EntryHeader entry={entry} />
              <Changes entry={entry} categoryName={categoryName} />
              {canRevert && entry.version !== latest.product.version && (
                <RevertButton latest={latest} version={entry.version} categoryName={categoryName} />
              )}
            </li>
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={history.isFetchingNextPage || undefined}
          onClick={() => !history.isFetchingNextPage && void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? 'Loading older changes…' : 'Load older changes'}
        </button>
      )}
    </section>
  );
}

function EntryHeader({ entry }: { entry: HistoryEntry }) {
  return (
    <p className="history__head">
      <strong>{changeLabel(entry)}</strong> <span className="muted">· version {entry.version}</span>
      <br />
      <span className="muted">
        by {actorLabel(entry.actor)}, <time dateTime={entry.at}>{when(entry.at)}</time>
      </span>
    </p>
  );
}

function Changes({ entry, categoryName }: { entry: HistoryEntry; categoryName?: CategoryName }) {
  if (entry.changes.length === 0) return null;
  return (
    <ul className="history__changes" aria-label={`Changes of version ${entry.version}`}>
      {entry.changes.map((change) => (
        <li key={change.field}>
          <ChangeLine view={viewOf(change)} created={entry.change === 'create'} categoryName={categoryName} />
        </li>
      ))}
    </ul>
  );
}

function ChangeLine({ view, created, categoryName }: { view: ChangeView; created: boolean; categoryName?: CategoryName }) {
  const describe = (field: Parameters<typeof describeApiValue>[0], value: unknown) => describeApiValue(field, value, categoryName);
  switch (view.kind) {
    case 'set': {
      const parts = [
        view.added.length > 0 && `added ${describe(view.field, view.added)}`,
        view.removed.length > 0 && `removed ${describe(view.field, view.removed)}`,
      ].filter(Boolean);
      return <>{FIELD_LABELS[view.field]}: {parts.length > 0 ? parts.join('; ') : 'order changed'}</>;
    }
    case 'images':
      if (view.reordered) return <>Pictures: order changed</>;
      return <>Pictures: {view.before} → {view.after}</>;
    case 'trash':
      return <>{view.trashed ? 'Moved to the trash' : 'Taken out of the trash'}</>;
    default:
      if (created) return <>{FIELD_LABELS[view.field]}: {describe(view.field, view.new)}</>;
      return (
        <>
          {FIELD_LABELS[view.field]}: <del>{describe(view.field, view.old)}</del> → <ins>{describe(view.field, view.new)}</ins>
        </>
      );
  }
}
