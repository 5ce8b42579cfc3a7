import { PageHeading } from '../../components/PageHeading';
import { ApiKeysSection } from '../../features/api-keys/components/ApiKeysSection';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { EmailSettings } from '../../features/auth/components/EmailSettings';
import { ProfileNameForm } from '../../features/auth/components/ProfileNameForm';
import { ProfileSummary } from '../../features/auth/components/ProfileSummary';
import { SignOutEverywhere } from '../../features/auth/components/SignOutEverywhere';
import { TwoFactorSection } from '../../features/auth/components/TwoFactorSection';
import { useDocumentTitle } from '../../lib/document-title';

export function AccountPage() {
  useDocumentTitle('Your account');
  return (
    <div className="narrow">
      <PageHeading>Your account</PageHeading>
      <ProfileSummary />
      <section className="panel">
        <ProfileNameForm />
      </section>
      <EmailSettings />
      <section className="panel">
        <ChangePasswordForm />
      </section>
      <TwoFactorSection />
      <ApiKeysSection />
      <SignOutEverywhere />
    </div>
  );
}
