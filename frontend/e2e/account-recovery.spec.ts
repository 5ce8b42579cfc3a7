import { registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { emailTo, linkIn } from './support/mailbox.js';
import { heading, newUser, signInThroughUi, signOutButton } from './support/ui.js';

test.describe('a forgotten password', () => {
  test('when a person asks for a reset, then the emailed link sets a new password and they sign in with it', async ({ page, request, guard }) => {
    const user = newUser('forgetful');
    await registerThroughApi(request, user);

    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(heading(page, 'Forgot your password?')).toBeVisible();
    const form = page.getByRole('form', { name: 'Reset your password' });
    await form.getByLabel('Email', { exact: true }).fill(user.email);
    await form.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByText(user.email)).toBeVisible();

    const email = await emailTo(user.email, /^Reset your Shelfwise password/);
    await page.goto(linkIn(email, 'reset-password'));
    await expect(heading(page, 'Choose a new password')).toBeVisible();
    const newPassword = `${user.password}-renewed`;
    const reset = page.getByRole('form', { name: 'Choose a new password' });
    await reset.getByLabel('New password', { exact: true }).fill(newPassword);
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Your password was changed', { exact: false })).toBeVisible();

    // The old password no longer works; the new one does.
    guard.allow({ method: 'POST', status: 401, path: /^\/api\/v1\/auth\/login$/, why: 'the old password is tried once after the reset and must be refused' });
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Email', { exact: true }).fill(user.email);
    await signIn.getByLabel('Password', { exact: true }).fill(user.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The email or password is incorrect')).toBeVisible();
    await signInThroughUi(page, { ...user, password: newPassword }, '/my/products');
    await expect(signOutButton(page)).toBeVisible();
    await expect(emailTo(user.email, /^Your Shelfwise password was changed/)).resolves.toBeTruthy();
  });
});
