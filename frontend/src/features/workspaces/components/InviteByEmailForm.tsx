import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { useCreateInvitation } from '../api/invitations';
import type { Invitation } from '../types';
import { InvitationRoleSelect } from './RoleSelect';

const FIELDS = ['email', 'role'] as const;

/** The API mails the link to the address; only that address can accept it. */
export function InviteByEmailForm({ slug }: { slug: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Invitation['role']>('editor');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const invite = useCreateInvitation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    const found = /^[^\s@]+@[^\s@]+$/.test(address) ? {} : { email: 'Enter the email address to send the invitation to.' };
    report(found);
    if (hasErrors(found)) return;
    invite.mutate(
      { slug, email: address, role },
      {
        onSuccess: () => {
          toast.success(`An invitation was sent to ${address}.`);
          setEmail('');
        },
        onError: reportApiError,
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Invite by email">
      <TextField label="Email" type="email" value={email} error={errors.email} onChange={(e) => { setEmail(e.target.value); clear('email'); }} />
      <InvitationRoleSelect value={role} onChange={setRole} />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? 'Sending…' : 'Send invitation'}
      </button>
    </form>
  );
}
