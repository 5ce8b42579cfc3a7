import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useRemoveMember } from '../api/members';
import { useTransferOwnership } from '../api/workspaces';
import type { Member, Workspace } from '../types';

type Pending = 'remove' | 'transfer' | null;

/** Per row of another member: remove them, or hand them the ownership (the caller then becomes an admin). */
export function MemberActions({ workspace, member, mayRemove, mayTransfer }: { workspace: Workspace; member: Member; mayRemove: boolean; mayTransfer: boolean }) {
  const [open, setOpen] = useState<Pending>(null);
  const remove = useRemoveMember();
  const transfer = useTransferOwnership();
  const settle = { onError: (error: unknown) => toast.error(describeError(error)), onSettled: () => setOpen(null) };

  return (
    <>
      {mayTransfer && (
        <button type="button" className="button button--small button--secondary" onClick={() => setOpen('transfer')}>
          Make owner <span className="visually-hidden">{member.name}</span>
        </button>
      )}{' '}
      {mayRemove && (
        <button type="button" className="button button--small button--danger-outline" onClick={() => setOpen('remove')}>
          Remove <span className="visually-hidden">{member.name}</span>
        </button>
      )}
      <ConfirmDialog
        open={open === 'remove'}
        title={`Remove ${member.name}?`}
        confirmLabel="Remove member"
        pending={remove.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() =>
          remove.mutate({ slug: workspace.slug, userId: member.userId }, { ...settle, onSuccess: () => toast.success(`${member.name} was removed from ${workspace.name}.`) })
        }
      >
        <p>They lose access to {workspace.name} and its drafts at once. The products they made stay.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === 'transfer'}
        title={`Make ${member.name} the owner?`}
        confirmLabel="Transfer ownership"
        pending={transfer.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() =>
          transfer.mutate({ slug: workspace.slug, userId: member.userId }, { ...settle, onSuccess: () => toast.success(`${member.name} now owns ${workspace.name}; you are an admin.`) })
        }
      >
        <p>You become an admin: you can no longer delete the workspace or transfer it again unless an owner makes you owner.</p>
      </ConfirmDialog>
    </>
  );
}
