import type { APIRequestContext } from '@playwright/test';
import {
  createWorkspaceProductThroughApi,
  createWorkspaceThroughApi,
  deskLamp,
  invitationLinkThroughApi,
  registerThroughApi,
} from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { emailTo, linkIn } from './support/mailbox.js';
import { field, heading, newUser, productForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';

/** An owner (registered through the API) with a shared workspace holding one lamp. */
async function workspaceWithLamp(request: APIRequestContext) {
  const owner = newUser('owner');
  const word = uniqueWord();
  const token = await registerThroughApi(request, owner);
  const name = `Tea shop ${word}`;
  const slug = await createWorkspaceThroughApi(request, token, name, `tea-${word}`);
  const lamp = deskLamp(word);
  const id = await createWorkspaceProductThroughApi(request, token, slug, lamp);
  return { owner, token, name, slug, lamp, id };
}

test.describe('a workspace shared by its members', () => {
  test('when an owner invites an editor by email, then the editor signs up from the mailed link, accepts, and edits a product of the workspace', async ({
    page,
    openTab,
    request,
  }) => {
    // The owner makes the workspace in the browser and invites by email there.
    const owner = newUser('owner');
    const word = uniqueWord();
    const name = `Tea shop ${word}`;
    const token = await registerThroughApi(request, owner);
    await signInThroughUi(page, owner, '/workspaces/new');
    const newWorkspace = page.getByRole('form', { name: 'New workspace' });
    await field(newWorkspace, 'Name').fill(name);
    await field(newWorkspace, 'Slug (optional)').fill(`tea-${word}`);
    await newWorkspace.getByRole('button', { name: 'Create workspace' }).click();
    await expect(heading(page, `Members of ${name}`)).toBeVisible();
    await expect(page).toHaveURL(`/workspaces/tea-${word}/members`);
    const lamp = deskLamp(word);
    const id = await createWorkspaceProductThroughApi(request, token, `tea-${word}`, lamp);

    const editor = newUser('editor');
    const invite = page.getByRole('form', { name: 'Invite by email' });
    await field(invite, 'Email').fill(editor.email);
    await field(invite, 'Role').selectOption('editor');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(toast(page, `An invitation was sent to ${editor.email}.`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Pending invitations' }).getByText(editor.email, { exact: true })).toBeVisible();

    // The editor, a stranger to Shelfwise, opens the mailed link on their own device.
    const mail = await emailTo(editor.email, new RegExp(`invited you to ${name}`));
    const second = (await openTab('editor')).page;
    await second.goto(linkIn(mail, 'invitations/accept'));
    const offer = second.getByRole('region', { name: 'Invitation' });
    await expect(offer).toContainText(`${owner.name} invited you to join ${name} as editor.`);
    await offer.getByRole('link', { name: 'Create account' }).click();
    const signUp = second.getByRole('form', { name: 'Create account' });
    await field(signUp, 'Name').fill(editor.name);
    await field(signUp, 'Email').fill(editor.email);
    await field(signUp, 'Password').fill(editor.password);
    await signUp.getByRole('button', { name: 'Create account' }).click();
    await expect(second.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
    await second.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).first().click();
    const signIn = second.getByRole('form', { name: 'Sign in' });
    await field(signIn, 'Email').fill(editor.email);
    await field(signIn, 'Password').fill(editor.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();

    // Back on the invitation, signed in: accept, and land in the workspace.
    await second.getByRole('region', { name: 'Invitation' }).getByRole('button', { name: 'Accept invitation' }).click();
    await expect(heading(second, `Products of ${name}`)).toBeVisible();
    await expect(second).toHaveURL('/my/products');
    await expect(second.getByRole('banner').getByRole('combobox', { name: 'Workspace' })).toHaveValue(`tea-${word}`);

    await second.getByRole('link', { name: `Edit ${lamp.name}`, exact: true }).click();
    const form = productForm(second);
    await expect(field(form, 'Name')).toHaveValue(lamp.name);
    await field(form, 'Name').fill(`${lamp.name} by the editor`);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(toast(second, `“${lamp.name} by the editor” was saved.`)).toBeVisible();
    await expect(second.getByRole('list', { name: `Products of ${name}` }).getByRole('link', { name: `${lamp.name} by the editor`, exact: true })).toBeVisible();

    // The owner sees the editor among the members, and the change is in the API.
    await page.reload();
    await expect(page.getByRole('table', { name: `Members of ${name}` }).getByRole('rowheader', { name: editor.name })).toBeVisible();
    const saved = await request.get(`/api/v1/products/${id}`);
    expect(((await saved.json()) as { name: string }).name).toBe(`${lamp.name} by the editor`);
  });

  test('when a viewer joins by link, then they see the workspace’s product without any control to change it, and the API refuses their change', async ({
    page,
    request,
  }) => {
    const shop = await workspaceWithLamp(request);
    const link = await invitationLinkThroughApi(request, shop.token, shop.slug, 'viewer');
    const viewer = newUser('viewer');
    const viewerToken = await registerThroughApi(request, viewer);
    await signInThroughUi(page, viewer, link);

    await page.getByRole('region', { name: 'Invitation' }).getByRole('button', { name: 'Accept invitation' }).click();

    await expect(heading(page, `Products of ${shop.name}`)).toBeVisible();
    const list = page.getByRole('list', { name: `Products of ${shop.name}` });
    await expect(list.getByRole('link', { name: shop.lamp.name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New product' })).toHaveCount(0);
    await expect(list.getByRole('form')).toHaveCount(0);
    await expect(list.getByRole('button')).toHaveCount(0);
    await expect(list.getByRole('link', { name: `Edit ${shop.lamp.name}` })).toHaveCount(0);

    await list.getByRole('link', { name: shop.lamp.name, exact: true }).click();
    await expect(page).toHaveURL(`/products/${shop.id}`);
    await expect(page.getByRole('article').getByRole('heading', { name: shop.lamp.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit product' })).toHaveCount(0);

    // The API is the real guard: the viewer's PATCH, with a current ETag, is refused.
    const current = await request.get(`/api/v1/products/${shop.id}`, { headers: { authorization: `Bearer ${viewerToken}` } });
    const refused = await request.patch(`/api/v1/products/${shop.id}`, {
      headers: { authorization: `Bearer ${viewerToken}`, 'if-match': current.headers().etag ?? '' },
      data: { name: 'Renamed by a viewer' },
    });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('insufficient_workspace_role');
    const unchanged = await request.get(`/api/v1/products/${shop.id}`);
    expect(((await unchanged.json()) as { name: string }).name).toBe(shop.lamp.name);
  });
});
