import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { type ApiError, toApiError } from '../../../lib/api-error';
import { useSession } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useAcceptInvitation, useInvitationLookup } from '../api/invitations';
import { ROLE_LABELS, type InvitationLookup } from '../types';

interface InvitationAcceptProps {
  token: string;
  /** Sign-in and registration, each coming back to this page afterwards. */
  signInHref: string;
  registerHref: string;
  /** The user is a member now (or was already): open that workspace. */
  onJoined: (slug: string) => void;
}

/** The invitation link's page: what it offers to anyone, then Accept for a signed-in user. */
export function InvitationAccept({ token, signInHref, registerHref, onJoined }: InvitationAcceptProps) {
  const lookup = useInvitationLookup(token);
  if (lookup.isPending) return <LoadingState label="Looking up the invitation…" />;
  if (lookup.isError) {
    if (lookup.error.is(404)) return <InvalidInvitation />;
    return <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} />;
  }
  return <Offer token={token} invitation={lookup.data} signInHref={signInHref} registerHref={registerHref} onJoined={onJoined} />;
}

function InvalidInvitation() {
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>This invitation is not valid.</strong> It was used, revoked or has expired, or the link was cut short when it was copied.
        Ask whoever invited you for a new one.
      </p>
    </div>
  );
}

function Offer({ token, invitation, signInHref, registerHref, onJoined }: InvitationAcceptProps & { invitation: InvitationLookup }) {
  const session = useSession();
  const accept = useAcceptInvitation();
  const { workspace } = invitation;

  return (
    <section className="panel" aria-label="Invitation">
      <p>
        {invitation.invitedBy.name} invited you to join <strong>{workspace.name}</strong> as {ROLE_LABELS[invitation.role].toLowerCase()}.
      </p>
      <p className="muted">
        {invitation.email ? `For ${invitation.email} · ` : ''}valid until {formatDate(invitation.expiresAt)}
      </p>
      {accept.isError ? (
        <Refusal error={toApiError(accept.error)} workspaceName={workspace.name} onOpen={() => onJoined(workspace.slug)} />
      ) : null}
      {session.status === 'authenticated' ? (
        !accept.isError && (
          <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate(token, { onSuccess: (joined) => { toast.success(`You joined ${joined.name}.`); onJoined(joined.slug); } })}>
            {accept.isPending ? 'Joining…' : 'Accept invitation'}
          </button>
        )
      ) : session.status === 'anonymous' ? (
        <>
          <p>Sign in or create an account to accept; you come back here afterwards.</p>
          <p>
            <Link className="button" to={signInHref}>
              Sign in
            </Link>{' '}
            <Link className="button button--secondary" to={registerHref}>
              Create account
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

function Refusal({ error, workspaceName, onOpen }: { error: ApiError; workspaceName: string; onOpen: () => void }) {
  if (error.is(409, 'already_member')) {
    return (
      <div className="notice notice--info" role="alert">
        <p>You are already a member of {workspaceName}.</p>
        <button type="button" className="button button--secondary" onClick={onOpen}>
          Open {workspaceName}
        </button>
      </div>
    );
  }
  const sentence = error.is(403, 'invitation_for_another_address')
    ? 'This invitation was sent to another email address. Sign in with that address to accept it.'
    : error.is(404)
      ? 'This invitation is not valid any more: it was used, revoked or has expired. Ask for a new one.'
      : error.message;
  return (
    <div className="notice notice--warning" role="alert">
      <p>{sentence}</p>
    </div>
  );
}
