import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/fields';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useDeleteWorkspace } from '../api/workspaces';
import type { Workspace } from '../types';

/** Deletes the workspace and every product in it, once the slug is typed (the API checks it as ?confirm=). */
export function DeleteWorkspaceForm({ workspace, onDeleted }: { workspace: Workspace; onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteWorkspace();

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate(
      { slug: workspace.slug, confirm: typed.trim() },
      {
        onSuccess: () => {
          toast.success(`${workspace.name} and its products were deleted.`);
          onDeleted();
        },
        onError: (error) => toast.error(describeError(error)),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Delete the workspace">
      <p>
        This deletes {workspace.name} with all its products for every member. It cannot be undone.
      </p>
      <TextField
        label={`Type ${workspace.slug} to confirm`}
        value={typed}
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit" className="button button--danger" disabled={typed.trim() !== workspace.slug || remove.isPending}>
        {remove.isPending ? 'Deleting…' : 'Delete workspace'}
      </button>
    </form>
  );
}
