import { readFile } from 'node:fs/promises';
import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { pageScrollWidth } from './support/layout.js';
import { heading, myProductRowLink, newUser, signInThroughUi, uniqueWord } from './support/ui.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

test.describe('bulk work in the browser', () => {
  test('when a seller imports a small CSV, then mapping, preview with its row error, live progress and the result lead to the products, and the failed row comes back as CSV', async ({ page, request, guard }) => {
    const seller = newUser('importer');
    const word = uniqueWord();
    await registerThroughApi(request, seller);
    // Semicolons, and a price column whose name the API does not know: the person maps it.
    const csv = [
      'Item code;Title;Cost;Qty;Currency;Status',
      `TEA-${word}-1;Teapot ${word};19.90;5;EUR;active`,
      `TEA-${word}-2;Cup ${word};cheap;3;EUR;active`,
      `TEA-${word}-3;Saucer ${word};4.50;10;EUR;draft`,
    ].join('\r\n');
    await signInThroughUi(page, seller, '/my/products');
    await page.getByRole('link', { name: 'Import CSV', exact: true }).click();
    await expect(heading(page, 'Import products')).toBeVisible();
    await expect(page).toHaveTitle('Import products · Shelfwise');

    // A workbook first: the API says it is not CSV, and the person chooses again.
    guard.allow({ method: 'POST', status: 415, path: /^\/api\/v1\/workspaces\/[^/]+\/imports$/, why: 'a ZIP (an .xlsx workbook) is not CSV' });
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'teapots.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000binary workbook', 'latin1') });
    await expect(page.getByRole('alert')).toContainText('“teapots.xlsx” was not accepted: This is not a CSV file');
    await expect(page.getByLabel('Choose a CSV file')).toBeFocused();

    await page.getByLabel('Choose a CSV file').setInputFiles({ name: `teapots-${word}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await expect(page.getByRole('heading', { name: 'Step 2 of 3: Columns and preview' })).toBeFocused();
    await expect(page.getByText(/3 rows · 6 columns, semicolon separated/)).toBeVisible();
    await expect(page.getByLabel('Field for column Item code')).toHaveValue('sku');
    await expect(page.getByLabel('Field for column Cost')).toHaveValue('');
    await page.getByLabel('Field for column Cost').selectOption({ label: 'Price' });
    const preview = page.getByRole('table', { name: 'The first rows of the file as they would be imported' });
    await expect(preview.getByRole('row', { name: /Row 2/ })).toContainText('Price:');
    await expect(page.getByText(/1 of the first 3 rows has problems/)).toBeVisible();

    await page.getByRole('button', { name: 'Start the import' }).click();

    await expect(page.getByRole('heading', { name: 'Step 3 of 3: Import' })).toBeFocused();
    const result = page.getByRole('region', { name: 'The import' });
    // The job as the start answered it (its bar and Cancel) until its events say it finished: a
    // three-row file may already be done by the time the page shows it, so either is right here.
    await expect(result.getByRole('progressbar', { name: 'CSV import progress' }).or(result.getByRole('list', { name: 'Outcomes' })).first()).toBeVisible();
    await expect(result.getByRole('list', { name: 'Outcomes' })).toContainText('Created: 2', { timeout: 30_000 });
    await expect(result.getByRole('progressbar')).toHaveCount(0);
    await expect(result.getByRole('list', { name: 'Outcomes' })).toContainText('Failed: 1');
    await expect(result.getByText(/^Row 2: /)).toBeVisible();

    const download = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Download the failed rows (CSV)' }).click();
    const file = await download;
    const lines = (await readFile(await file.path(), 'utf8')).split(/\r?\n/).filter(Boolean);
    // The file's own columns and a reason (written with commas, which the import reads as well).
    expect(lines[0]).toBe('Item code,Title,Cost,Qty,Currency,Status,reason');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain(`TEA-${word}-2,Cup ${word},cheap,3,EUR,active,`);

    await result.getByRole('link', { name: 'See the products' }).click();
    await expect(myProductRowLink(page, `Teapot ${word}`)).toBeVisible();
    await expect(myProductRowLink(page, `Saucer ${word}`)).toBeVisible();
    await expect(myProductRowLink(page, `Cup ${word}`)).toHaveCount(0);
  });

  test('when a seller archives two products at once, then the result lists both as applied, and Undo brings them back to active', async ({ page, request }) => {
    const seller = newUser('bulk');
    const token = await registerThroughApi(request, seller);
    const lamps = [deskLamp(uniqueWord()), deskLamp(uniqueWord())];
    const ids = [await createProductThroughApi(request, token, lamps[0]!), await createProductThroughApi(request, token, lamps[1]!)];
    await signInThroughUi(page, seller, '/my/products');
    const list = page.getByRole('list', { name: 'My products' });

    await page.getByRole('checkbox', { name: 'Select all 2 shown' }).check();
    const bar = page.getByRole('form', { name: 'Bulk change' });
    await expect(bar.getByRole('status')).toHaveText('2 products selected');
    await bar.getByLabel('Change').selectOption({ label: 'Set status' });
    await bar.getByLabel('New status').selectOption({ label: 'Archived' });
    await bar.getByRole('button', { name: 'Apply to 2 products' }).click();

    const result = page.getByRole('region', { name: 'Set status to Archived on 2 products' });
    await expect(result.getByRole('list', { name: 'Outcomes' })).toHaveText('Applied: 2', { timeout: 30_000 });
    await expect(list.locator('.badge--archived')).toHaveCount(2);
    for (const id of ids) expect(((await (await request.get(`/api/v1/products/${id}`, { headers: bearer(token) })).json()) as { status: string }).status).toBe('archived');

    await result.getByRole('button', { name: 'Undo' }).click();

    const undo = page.getByRole('region', { name: 'Undo: Set status to Archived on 2 products' });
    await expect(undo.getByRole('heading')).toBeFocused();
    await expect(undo.getByRole('list', { name: 'Outcomes' })).toHaveText('Applied: 2', { timeout: 30_000 });
    await expect(list.locator('.badge--active')).toHaveCount(2);
    for (const id of ids) expect(((await (await request.get(`/api/v1/products/${id}`, { headers: bearer(token) })).json()) as { status: string }).status).toBe('active');

    // The jobs page lists both, newest first.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(page).toHaveTitle('Jobs · Shelfwise');
    const rows = page.getByRole('table', { name: 'Jobs, newest first' }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Undo of a bulk change');
    await expect(rows.nth(1)).toContainText('Bulk change');
  });

  test('when a seller exports a search of their products, then the file holds exactly those, and the toast says how many', async ({ page, request }) => {
    const seller = newUser('exporter');
    const token = await registerThroughApi(request, seller);
    const word = uniqueWord();
    for (const n of [1, 2, 3]) await createProductThroughApi(request, token, { ...deskLamp(`${word}${n}`), name: `Desk lamp ${word} ${n}`, description: `=HYPERLINK("x") ${n}` });
    await createProductThroughApi(request, token, deskLamp(uniqueWord()));
    await signInThroughUi(page, seller, `/my/products?q=${word}`);
    await expect(page.getByRole('list', { name: 'My products' }).getByRole('listitem')).toHaveCount(3);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;

    expect(file.suggestedFilename()).toMatch(/^products-.*\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await file.path(), 'utf8');
    const lines = text.split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toMatch(/^id,sku,name,description,price,currency,stock,/);
    expect(lines.slice(1)).toHaveLength(3);
    // A formula is written as text, never as something a spreadsheet evaluates.
    expect(text).not.toMatch(/,=HYPERLINK/);
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText(/^Exported 3 products to products-/)).toBeVisible();
  });

  test('on a 375 px phone, the bulk bar, the import’s columns and preview, and the jobs page stay within the screen', async ({ page, request }) => {
    const phone = { width: 375, height: 812 };
    const seller = newUser('phone');
    const token = await registerThroughApi(request, seller);
    const word = uniqueWord();
    await createProductThroughApi(request, token, deskLamp(word));
    await signInThroughUi(page, seller, '/my/products');
    await page.setViewportSize(phone);

    await page.getByRole('checkbox', { name: 'Select all 1 shown' }).check();
    const bar = page.getByRole('form', { name: 'Bulk change' });
    await bar.getByLabel('Change').selectOption({ label: 'Add tags' });
    await expect(bar.getByLabel('Tags to add')).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(phone.width);

    await page.goto('/my/products/import');
    const csv = `SKU,Name,Price,A rather long column name that goes on and on\nPHONE-${word},Phone lamp ${word},9.99,${'x'.repeat(120)}\n`;
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'phone.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByRole('heading', { name: 'Step 2 of 3: Columns and preview' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'The first rows of the file as they would be imported' })).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(phone.width);

    await page.goto('/jobs');
    await expect(page.getByText('No jobs yet.')).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(phone.width);
  });

  test('when a large export comes down a slow line, then its bar counts the rows received against X-Total-Count', async ({ page, request }) => {
    const seller = newUser('bigexport');
    const token = await registerThroughApi(request, seller);
    const word = uniqueWord();
    // 2,000 products in one import through the API: what the page shows is the point.
    const rows = Array.from({ length: 2_000 }, (_, n) => `BIG-${word}-${n},Lamp ${word} ${n},${(n % 90) + 10}.50,EUR,${n % 7},active,"A brass lamp, ${word}, number ${n}"`);
    const { data: workspaces } = (await (await request.get('/api/v1/workspaces', { headers: bearer(token) })).json()) as { data: Array<{ slug: string; personal: boolean }> };
    const slug = workspaces.find((w) => w.personal)!.slug;
    const uploaded = await request.post(`/api/v1/workspaces/${slug}/imports`, {
      headers: bearer(token),
      multipart: { file: { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(['sku,name,price,currency,stock,status,description', ...rows].join('\n')) } },
    });
    expect(uploaded.status()).toBe(201);
    const { upload } = (await uploaded.json()) as { upload: { id: string; mapping: Record<string, string | null> } };
    const started = await request.post(`/api/v1/workspaces/${slug}/imports/${upload.id}/start`, { headers: bearer(token), data: { mapping: upload.mapping } });
    expect(started.status()).toBe(202);
    const { job } = (await started.json()) as { job: { id: string } };
    await expect
      .poll(async () => ((await (await request.get(`/api/v1/jobs/${job.id}`, { headers: bearer(token) })).json()) as { state: string }).state, { timeout: 60_000 })
      .toBe('succeeded');

    await signInThroughUi(page, seller, '/my/products');
    // About 80 KB/s: the file (some 300 KB) takes a few seconds.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 80_000, uploadThroughput: 80_000 });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export CSV' }).click();

    // The button became Cancel under the person's focus; the bar counts what has come so far.
    await expect(page.getByRole('button', { name: 'Cancel export' })).toBeFocused();
    const bar = page.getByRole('progressbar', { name: 'Export' });
    await expect(bar).toHaveAccessibleDescription(/^[\d,]+ of 2,000 rows \(\d+%\) · /);
    await download;
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText(/^Exported 2,000 products to /)).toBeVisible();
    await expect(bar).toHaveCount(0);
  });
});
