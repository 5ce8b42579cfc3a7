import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useCreateWorkspace } from '../api/workspaces';
import { NAME_MAX, type Workspace } from '../types';
import { checkWorkspaceFields } from '../validation';

const FIELDS = ['name', 'slug'] as const;

/** Name, and optionally the slug of its addresses (the API derives one from the name otherwise). */
export function NewWorkspaceForm({ onCreated }: { onCreated: (workspace: Workspace) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const create = useCreateWorkspace();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkWorkspaceFields({ name, slug });
    report(found);
    if (hasErrors(found)) return;
    create.mutate(
      { name: name.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const apiError = toApiError(error);
          if (apiError.is(409, 'slug_taken')) report({ slug: apiError.message });
          else reportApiError(apiError);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="New workspace">
      <TextField label="Name" value={name} maxLength={NAME_MAX} required error={errors.name} onChange={(e) => { setName(e.target.value); clear('name'); }} />
      <TextField
        label="Slug (optional)"
        value={slug}
        autoCapitalize="none"
        spellCheck={false}
        hint="Used in its addresses: lowercase letters, digits and hyphens. Leave empty to make one from the name."
        error={errors.slug}
        onChange={(e) => { setSlug(e.target.value); clear('slug'); }}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create workspace'}
      </button>
    </form>
  );
}
