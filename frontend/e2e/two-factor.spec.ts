import { generate } from 'otplib';
import { registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { heading, newUser, signInLink, signInThroughUi, signOutButton } from './support/ui.js';

test.describe('two-factor sign-in', () => {
  test('when a person turns on two-factor on the account page and signs in again, then the password is followed by a code from the app and they are signed in', async ({ page, request }) => {
    const user = newUser('two-factor');
    await registerThroughApi(request, user);
    await signInThroughUi(page, user, '/account');

    // Set up: the QR code, and the key as text for typing into an app by hand (read here as an app would).
    const section = page.getByRole('region', { name: 'Two-factor sign-in' });
    await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
    const secret = (await section.getByLabel('Secret key').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await section.getByLabel('Code from your app').fill(await generate({ secret }));
    await section.getByRole('button', { name: 'Turn on' }).click();

    const codes = section.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await section.getByRole('button', { name: 'I have saved them' }).click();
    await expect(section.getByRole('form', { name: 'Turn off two-factor sign-in' })).toBeVisible();

    await signOutButton(page).click();
    await expect(signInLink(page)).toBeVisible();

    // The password alone is no longer enough: the form asks for the code.
    await page.goto('/login?next=%2Faccount');
    await expect(signInLink(page)).toBeVisible();
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Email', { exact: true }).fill(user.email);
    await signIn.getByLabel('Password', { exact: true }).fill(user.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    const step = page.getByRole('form', { name: 'Two-factor sign-in' });
    await expect(step.getByLabel('Code')).toBeFocused();
    await expect(signOutButton(page)).toBeHidden();

    // Each code works once: the next step's code (the server accepts one step either side) is
    // always later than the one that turned two-factor on.
    await step.getByLabel('Code').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await step.getByRole('button', { name: 'Verify' }).click();

    await expect(page).toHaveURL('/account');
    await expect(heading(page, 'Your account')).toBeVisible();
    await expect(signOutButton(page)).toBeVisible();
    await expect(section.getByRole('form', { name: 'Turn off two-factor sign-in' })).toBeVisible();
  });
});
