import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { useMe } from '../api/get-me';
import { useUpdateMe } from '../api/update-me';
import { NAME_MAX, validateProfile } from '../validation';

const FIELDS = ['name'] as const;

/** The display name, shown in the header and on the admin pages. */
export function ProfileNameForm() {
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading your profile…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  return <NameForm name={me.data.name} />;
}

function NameForm({ name }: { name: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(name);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const update = useUpdateMe();

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateProfile({ name: value });
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    update.mutate(
      { name: value.trim() },
      {
        onSuccess: (user) => {
          setValue(user.name);
          toast.success('Your name was changed.');
        },
        onError: reportApiError,
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="profile-name-title">
      <h2 id="profile-name-title">Display name</h2>
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        maxLength={NAME_MAX}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          clear('name');
        }}
        error={errors.name}
        required
      />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save name'}
      </button>
    </form>
  );
}
