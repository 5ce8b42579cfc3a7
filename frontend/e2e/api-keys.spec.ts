import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newUser, signInThroughUi, toast, uniqueWord } from './support/ui.js';

const run = promisify(execFile);

/**
 * The real curl (installed by .ci/run), as the README tells a scripting user to call the API: the
 * key as a bearer token, no cookie. `-w '%{http_code}'` appends the status to the body.
 */
async function curl(key: string, url: string, body?: unknown): Promise<{ status: number; body: string }> {
  const send = body === undefined ? [] : ['-X', 'POST', '-H', 'Content-Type: application/json', '--data', JSON.stringify(body)];
  const { stdout } = await run('curl', ['-sS', '-w', '%{http_code}', '-H', `Authorization: Bearer ${key}`, ...send, url]);
  return { status: Number(stdout.slice(-3)), body: stdout.slice(0, -3) };
}

test.describe('personal API keys', () => {
  test('when a user creates a key on the account page, then curl holding it can create and list their products, until the key is revoked there', async ({ page, request, baseURL }) => {
    const user = newUser('scripter');
    // The e2e servers let unconfirmed users write, so signing in is all this test needs.
    await registerThroughApi(request, user);
    await signInThroughUi(page, user, '/account');

    const section = page.getByRole('region', { name: 'API keys' });
    await expect(section.getByText('You have no API keys.')).toBeVisible();
    const form = section.getByRole('form', { name: 'Create an API key' });
    await form.getByLabel('Key name', { exact: true }).fill('deploy script');
    await form.getByLabel(/Create, change and delete products/).check();
    await form.getByRole('button', { name: 'Create key' }).click();

    const shown = section.getByRole('region', { name: 'New API key' });
    await expect(shown.getByText('you will not see it again')).toBeVisible();
    const key = (await shown.getByTestId('new-api-key').textContent())?.trim() ?? '';
    expect(key).toMatch(/^sw_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);

    const lamp = deskLamp(uniqueWord());
    const created = await curl(key, `${baseURL}/api/v1/products`, { ...lamp, status: 'draft', stock: Number(lamp.stock) });
    expect(created.status, created.body).toBe(201);
    expect((JSON.parse(created.body) as { name: string }).name).toBe(lamp.name);
    const mine = await curl(key, `${baseURL}/api/v1/products?owner=me`);
    expect(mine.status, mine.body).toBe(200);
    expect((JSON.parse(mine.body) as { data: Array<{ name: string }> }).data.map((p) => p.name)).toEqual([lamp.name]);

    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await expect(section.getByText(key)).toHaveCount(0);
    await page.reload();
    const listed = section.getByRole('list', { name: 'Your API keys' }).getByRole('listitem');
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText('deploy script');
    await expect(listed).toContainText('last used');

    await listed.getByRole('button', { name: 'Revoke deploy script' }).click();
    await page.getByRole('alertdialog', { name: 'Revoke “deploy script”?' }).getByRole('button', { name: 'Revoke key' }).click();
    await expect(toast(page, 'The key “deploy script” was revoked.')).toBeVisible();
    const refused = await curl(key, `${baseURL}/api/v1/products?owner=me`);
    expect(refused.status, refused.body).toBe(401);
    expect((JSON.parse(refused.body) as { code: string }).code).toBe('api_key_revoked');
  });
});
