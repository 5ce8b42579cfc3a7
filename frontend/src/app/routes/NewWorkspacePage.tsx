import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { toast } from '../../components/toast';
import { useCurrentWorkspace } from '../../features/workspaces/current-workspace';
import { NewWorkspaceForm } from '../../features/workspaces/components/NewWorkspaceForm';
import { useDocumentTitle } from '../../lib/document-title';

/** A shared workspace, which the user owns; its members page follows, to invite people. */
export function NewWorkspacePage() {
  const navigate = useNavigate();
  const { choose } = useCurrentWorkspace();
  useDocumentTitle('New workspace');
  return (
    <div className="narrow">
      <PageHeading>New workspace</PageHeading>
      <p>A workspace holds products that its members share. You are its owner and invite the others.</p>
      <NewWorkspaceForm
        onCreated={(workspace) => {
          toast.success(`${workspace.name} was created.`);
          choose(workspace.slug);
          void navigate(`/workspaces/${encodeURIComponent(workspace.slug)}/members`);
        }}
      />
    </div>
  );
}
