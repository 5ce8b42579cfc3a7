interface ConflictNoticeProps {
  onReload: () => void;
  reloading: boolean;
}

/** The API answered 412: someone (maybe this user in another tab) changed the product first. */
export function ConflictNotice({ onReload, reloading }: ConflictNoticeProps) {
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>This product was changed elsewhere</strong> since you opened it, so your changes were not saved.
        Reload it to see the latest version, then make your changes again.
      </p>
      <button type="button" className="button button--secondary" onClick={onReload} disabled={reloading}>
        {reloading ? 'Reloading…' : 'Reload product'}
      </button>
    </div>
  );
}
