import { readFile } from 'node:fs/promises';
import { makePlatformAdmin } from './support/admin.js';
import { createWorkspaceThroughApi, invitationLinkThroughApi, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, heading, newUser, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('the audit log', () => {
  test('when a workspace\'s owner opens its audit log, then the member who joined and their role change are there, filterable, and exported as CSV', async ({ page, request }) => {
    const owner = newUser('owner');
    const word = uniqueWord();
    const name = `Audit shop ${word}`;
    const ownerToken = await registerThroughApi(request, owner);
    const slug = await createWorkspaceThroughApi(request, ownerToken, name, `audit-${word}`);
    // A second person joins by link and is made a viewer, through the API: what the page shows is the point.
    const member = newUser('member');
    const memberToken = await registerThroughApi(request, member);
    const link = await invitationLinkThroughApi(request, ownerToken, slug, 'editor');
    const token = new URLSearchParams(link.split('?')[1]).get('token');
    const accepted = await request.post('/api/v1/invitations/accept', { headers: { authorization: `Bearer ${memberToken}` }, data: { token } });
    expect(accepted.status()).toBe(200);
    const memberId = ((await (await request.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${memberToken}` } })).json()) as { user: { id: string } }).user.id;
    const changed = await request.patch(`/api/v1/workspaces/${slug}/members/${memberId}`, { headers: { authorization: `Bearer ${ownerToken}` }, data: { role: 'viewer' } });
    expect(changed.status()).toBe(200);

    await signInThroughUi(page, owner, `/workspaces/${slug}/members`);
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await expect(heading(page, `Audit log of ${name}`)).toBeVisible();
    await expect(page).toHaveTitle(`Audit log of ${name} · Shelfwise`);
    const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('Member role changed');
    await expect(rows.nth(0)).toContainText(owner.name);
    await expect(rows.nth(0)).toContainText('from: editor, to: viewer');
    await expect(rows.nth(1)).toContainText('Invitation accepted');
    await expect(rows.nth(1)).toContainText(member.name);
    await expect(rows.nth(2)).toContainText('Invitation sent');
    await expect(rows.nth(3)).toContainText('Workspace created');
    await expect(rows.nth(3)).toContainText(owner.name);

    // Only what the member did.
    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await field(filters, 'Actor').fill(memberId);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Invitation accepted');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^audit-audit-${word}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = (await readFile(await file.path(), 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^at,action,actor_type,/);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['invitation_accepted']);
    await expect(toast(page, 'The audit log was exported as CSV.')).toBeVisible();

    // The export is an entry of its own.
    await filters.getByRole('button', { name: 'Clear' }).click();
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('Audit log exported');
  });

  test('when a platform admin looks for a failed sign-in, then the Audit log tab finds it by its action and target, with where it came from', async ({ page, request }) => {
    const victim = newUser('victim');
    await registerThroughApi(request, victim);
    const refused = await request.post('/api/v1/auth/login', { headers: { 'user-agent': 'guessing-script/1.0' }, data: { email: victim.email, password: 'not-the-password' } });
    expect(refused.status()).toBe(401);
    const victimId = ((await (await request.post('/api/v1/auth/login', { data: { email: victim.email, password: victim.password } })).json()) as { user: { id: string } }).user.id;

    const admin = newUser('admin');
    await registerThroughApi(request, admin);
    await makePlatformAdmin(admin.email);
    await signInThroughUi(page, admin, '/admin/users');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(heading(page, 'Audit log')).toBeVisible();

    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await field(filters, 'Action').selectOption({ label: 'Sign-in failed' });
    await field(filters, 'Target').fill(`user:${victimId}`);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    const rows = page.getByRole('table', { name: 'Audit log entries, newest first' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('System');
    await expect(rows.first()).toContainText('reason: wrong_password');
    await expect(rows.first()).toContainText('guessing-script/1.0');

    // A reversed time range is caught by its field before any request.
    await field(filters, 'From').fill('2026-12-02T10:00');
    await field(filters, 'To').fill('2026-12-01T10:00');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(field(filters, 'To')).toHaveAccessibleDescription('The end must not be before the start.');
  });
});
