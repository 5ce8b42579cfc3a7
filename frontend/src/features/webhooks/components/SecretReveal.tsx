import { toast } from '../../../components/toast';
import type { CreatedWebhook } from '../types';
import './webhooks.css';

/**
 * The signing secret, shown once (after creating an endpoint or rotating its secret): the API keeps
 * it to sign with but never shows it again, so one that was not copied is rotated.
 */
export function SecretReveal({ created, rotated, onDone }: { created: CreatedWebhook; rotated?: boolean; onDone: () => void }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      toast.success('The secret was copied.');
    } catch {
      toast.error('Could not copy; select the secret and copy it yourself.');
    }
  }

  return (
    <div role="region" aria-label="Signing secret" className="notice notice--info">
      <p role="status">
        {rotated ? 'The endpoint has a new signing secret; the old one no longer signs.' : 'The endpoint was added.'}{' '}
        <strong>Copy its signing secret now: you will not see it again.</strong>
      </p>
      <p>
        <code className="secret">{created.secret}</code>
      </p>
      <p className="muted">
        Verify each request's <code>webhook-signature</code> with it (any Standard Webhooks library takes it as it is, <code>whsec_</code> and all).
      </p>
      <p className="webhook-actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy secret
        </button>
        <button type="button" className="button" onClick={onDone}>
          I have copied it
        </button>
      </p>
    </div>
  );
}
