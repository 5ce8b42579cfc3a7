import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useUpdateWorkspace } from '../api/workspaces';
import { NAME_MAX, type Workspace } from '../types';
import { checkWorkspaceFields } from '../validation';

const FIELDS = ['name', 'slug'] as const;

/** Name and slug; a new slug changes the workspace's addresses, so the page follows it (`onRenamed`). */
export function RenameWorkspaceForm({ workspace, onRenamed }: { workspace: Workspace; onRenamed: (saved: Workspace) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(workspace.name);
  const [slug, setSlug] = useState(workspace.slug);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const update = useUpdateWorkspace();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkWorkspaceFields({ name, slug });
    if (slug.trim() === '') found.slug = 'The workspace needs a slug.';
    report(found);
    if (hasErrors(found)) return;
    const changes = {
      ...(name.trim() !== workspace.name ? { name: name.trim() } : {}),
      ...(slug.trim() !== workspace.slug ? { slug: slug.trim() } : {}),
    };
    if (Object.keys(changes).length === 0) return;
    update.mutate(
      { slug: workspace.slug, changes },
      {
        onSuccess: (saved) => {
          toast.success(`The workspace is now called “${saved.name}”.`);
          onRenamed(saved);
        },
        onError: (error) => {
          const apiError = toApiError(error);
          if (apiError.is(409, 'slug_taken')) report({ slug: apiError.message });
          else reportApiError(apiError);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Rename the workspace">
      <TextField label="Name" value={name} maxLength={NAME_MAX} error={errors.name} onChange={(e) => { setName(e.target.value); clear('name'); }} />
      <TextField
        label="Slug"
        value={slug}
        autoCapitalize="none"
        spellCheck={false}
        hint="Changing it changes the workspace's addresses; links to the old ones stop working."
        error={errors.slug}
        onChange={(e) => { setSlug(e.target.value); clear('slug'); }}
      />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
