import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** Asks before a held navigation (lib/use-unsaved-changes.ts) throws away what the form holds. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>Your changes to this product are not saved. If you leave this page, they are lost.</p>
    </ConfirmDialog>
  );
}
