import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useCurrentWorkspace } from '../../features/workspaces/current-workspace';
import { InvitationAccept } from '../../features/workspaces/components/InvitationAccept';
import { useDocumentTitle } from '../../lib/document-title';
import { signInPath } from '../next-path';

/** The emailed (or copied) link, `/invitations/accept?token=…`; open to anyone, accepted once signed in. */
export function AcceptInvitationPage() {
  const token = useSearchParams()[0].get('token');
  const location = useLocation();
  const navigate = useNavigate();
  const { choose } = useCurrentWorkspace();
  useDocumentTitle('Invitation');
  const back = encodeURIComponent(location.pathname + location.search);

  return (
    <div className="narrow">
      <PageHeading>Join a workspace</PageHeading>
      {token ? (
        <InvitationAccept
          token={token}
          signInHref={signInPath(location)}
          registerHref={`/register?next=${back}`}
          onJoined={(slug) => {
            choose(slug);
            void navigate('/my/products', { replace: true });
          }}
        />
      ) : (
        <p className="notice notice--warning" role="alert">
          This link is incomplete: it has no invitation token. Open the whole link from the email, or ask for a new one.
        </p>
      )}
    </div>
  );
}
