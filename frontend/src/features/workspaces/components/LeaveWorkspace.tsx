import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useLeaveWorkspace } from '../api/workspaces';
import type { Workspace } from '../types';

/** The last owner is refused (409 last_owner): the toast says so, and they transfer ownership first. */
export function LeaveWorkspace({ workspace, onLeft }: { workspace: Workspace; onLeft: () => void }) {
  const [open, setOpen] = useState(false);
  const leave = useLeaveWorkspace();
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Leave {workspace.name}
      </button>
      <ConfirmDialog
        open={open}
        title={`Leave ${workspace.name}?`}
        confirmLabel="Leave workspace"
        pending={leave.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          leave.mutate(workspace.slug, {
            onSuccess: () => {
              toast.success(`You left ${workspace.name}.`);
              onLeft();
            },
            onError: (error) => toast.error(describeError(error)),
            onSettled: () => setOpen(false),
          })
        }
      >
        <p>You lose access to its products at once; a member has to invite you again to come back.</p>
      </ConfirmDialog>
    </>
  );
}
