import { SelectField } from '../../../components/fields';
import { INVITABLE_ROLES, type Invitation, ROLE_LABELS } from '../types';

export function InvitationRoleSelect({ value, onChange }: { value: Invitation['role']; onChange: (role: Invitation['role']) => void }) {
  return (
    <SelectField label="Role" value={value} onChange={(e) => onChange(e.target.value as Invitation['role'])}>
      {INVITABLE_ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </SelectField>
  );
}
