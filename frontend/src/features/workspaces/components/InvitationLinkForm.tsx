import { type FormEvent, useState } from 'react';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useCreateInvitation } from '../api/invitations';
import type { Invitation } from '../types';
import { InvitationRoleSelect } from './RoleSelect';

/**
 * A link anyone holding it can accept, once, before it expires. The API keeps only a hash of its
 * token, so the link is shown once, here; one that was not copied is revoked and made again.
 */
export function InvitationLinkForm({ slug }: { slug: string }) {
  const [role, setRole] = useState<Invitation['role']>('viewer');
  const [url, setUrl] = useState<string | null>(null);
  const invite = useCreateInvitation();

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({ slug, role }, { onSuccess: (created) => setUrl(created.url), onError: (error) => toast.error(describeError(error)) });
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      toast.success('The link was copied.');
    } catch {
      toast.error('Could not copy; select the link and copy it yourself.');
    }
  }

  if (url) {
    return (
      <div role="region" aria-label="New invitation link">
        <p role="status">
          The link was created. <strong>Copy it now: you will not see it again.</strong>
        </p>
        <p>
          <code data-testid="invitation-link" className="secret">
            {url}
          </code>
        </p>
        <button type="button" className="button button--secondary" onClick={() => void copy(url)}>
          Copy link
        </button>{' '}
        <button type="button" className="button" onClick={() => setUrl(null)}>
          Done
        </button>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Create an invitation link">
      <InvitationRoleSelect value={role} onChange={setRole} />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? 'Creating…' : 'Create link'}
      </button>
    </form>
  );
}
