import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportUpload } from '../features/imports/types';
import { makeAuth } from '../test/fixtures';
import { makeJob } from '../test/jobs';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const UPLOAD = '00000000-0000-4000-8000-00000000a001';
const JOB = '00000000-0000-4000-8000-00000000a002';
const IMPORTS = `${API}/workspaces/personal/imports`;

function upload(overrides: Partial<ImportUpload> = {}): ImportUpload {
  return {
    id: UPLOAD,
    filename: 'teapots.csv',
    size: 2_048,
    delimiter: ';',
    rows: 2,
    headers: ['Item code', 'Title', 'Cost'],
    mapping: { 'Item code': 'sku', Title: 'name', Cost: 'price' },
    preview: [
      { row: 1, cells: { 'Item code': 'TEA-1', Title: 'Teapot', Cost: '19.90' }, errors: [] },
      { row: 2, cells: { 'Item code': 'TEA-2', Title: 'Cup', Cost: 'cheap' }, errors: [{ field: 'price', column: 'Cost', code: 'price.base', message: 'must be a decimal amount such as "19.99"' }] },
    ],
    createdAt: '2026-12-03T09:00:00.000Z',
    expiresAt: '2026-12-04T09:00:00.000Z',
    ...overrides,
  };
}

function importApi() {
  const state = { uploads: [] as string[], previews: [] as unknown[], starts: [] as unknown[], downloads: 0 };
  server.use(
    http.post(IMPORTS, () => {
      state.uploads.push('upload');
      return HttpResponse.json({ upload: upload() }, { status: 201 });
    }),
    http.get(`${IMPORTS}/${UPLOAD}`, () => HttpResponse.json({ upload: upload() })),
    http.post(`${IMPORTS}/${UPLOAD}/preview`, async ({ request }) => {
      const { mapping } = (await request.json()) as { mapping: ImportUpload['mapping'] };
      state.previews.push(mapping);
      return HttpResponse.json({ upload: upload({ mapping, preview: upload().preview.map((row) => ({ ...row, errors: mapping.Cost ? row.errors : [] })) }) });
    }),
    http.post(`${IMPORTS}/${UPLOAD}/start`, async ({ request }) => {
      state.starts.push(await request.json());
      return HttpResponse.json({ job: makeJob({ id: JOB, kind: 'import', state: 'queued', done: 0, percent: 0 }) }, { status: 202 });
    }),
    http.get(`${API}/jobs/${JOB}`, () =>
      HttpResponse.json(
        makeJob({
          id: JOB,
          kind: 'import',
          failed: 1,
          result: { created: 1, updated: 0, unchanged: 0, failed: 1 },
          errors: [{ row: 2, outcome: 'failed', productId: null, code: 'price.base', reason: 'Cost: must be a decimal amount such as "19.99"' }],
          links: { rows: `/api/v1/jobs/${JOB}/rows`, failedRowsCsv: `/api/v1/jobs/${JOB}/failed-rows.csv` },
        }),
      ),
    ),
    http.get(`${API}/jobs/${JOB}/failed-rows.csv`, () => {
      state.downloads++;
      return new HttpResponse('Item code;Title;Cost;reason\r\nTEA-2;Cup;cheap;Cost: must be a decimal amount\r\n', {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="teapots-failed-rows.csv"' },
      });
    }),
  );
  return state;
}

describe('the CSV import wizard (/my/products/import)', () => {
  beforeEach(() => {
    // jsdom has no object URLs: the error report's download is observed through these.
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  // The upload itself is covered end to end (e2e/bulk-work.spec.ts): jsdom's XMLHttpRequest cannot
  // send a File through MSW. The wizard is opened at its second step, as after a reload of the page.
  it('when an upload is mapped, previewed with its row error and started, then the job’s result offers the failed rows as CSV', async () => {
    const api = importApi();
    const { user } = renderApp(`/my/products/import?upload=${UPLOAD}`, { session: makeAuth() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Import products' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Import products · Shelfwise'));

    expect(await screen.findByText(/2 rows · 3 columns, semicolon separated/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step 2 of 3: Columns and preview' })).toBeInTheDocument();
    expect(screen.getByLabelText('Field for column Cost')).toHaveValue('price');
    const preview = within(screen.getByRole('table', { name: 'The first rows of the file as they would be imported' }));
    expect(preview.getByRole('row', { name: /Row 2/ })).toHaveTextContent('Price: must be a decimal amount such as "19.99"');
    expect(screen.getByText(/1 of the first 2 rows has problems/)).toBeInTheDocument();
    // The API's own preview answered for the mapping it proposed: none asked for yet.
    expect(api.previews).toEqual([]);

    // Cost no longer imported: the preview is asked for again with that mapping, and the error goes.
    await user.selectOptions(screen.getByLabelText('Field for column Cost'), '');
    await waitFor(() => expect(api.previews).toEqual([{ 'Item code': 'sku', Title: 'name', Cost: null }]));
    expect(await screen.findByText('The first 2 rows have no problems.')).toBeInTheDocument();
    // Giving Title the SKU takes it from "Item code", which the page says; without SKU it cannot start.
    await user.selectOptions(screen.getByLabelText('Field for column Title'), 'sku');
    expect(screen.getByText('SKU now comes from “Title”; “Item code” is no longer imported.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Field for column Title'), '');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the column that holds the SKU');
    expect(screen.getByRole('button', { name: 'Start the import' })).toHaveAttribute('aria-disabled', 'true');
    await user.selectOptions(screen.getByLabelText('Field for column Item code'), 'sku');
    await user.selectOptions(screen.getByLabelText('Field for column Title'), 'name');
    await user.selectOptions(screen.getByLabelText('Field for column Cost'), 'price');

    await user.click(screen.getByRole('button', { name: 'Start the import' }));

    expect(await screen.findByRole('heading', { name: 'Step 3 of 3: Import' })).toHaveFocus();
    expect(api.starts).toEqual([{ mapping: { 'Item code': 'sku', Title: 'name', Cost: 'price' } }]);
    const result = within(screen.getByRole('region', { name: 'The import' }));
    expect(result.getByRole('progressbar', { name: 'CSV import progress' })).toBeInTheDocument();
    expect(await result.findByRole('list', { name: 'Outcomes' }, { timeout: 3_000 })).toHaveTextContent('Created: 1Failed: 1');
    expect(result.getByText('Row 2: Cost: must be a decimal amount such as "19.99"')).toBeInTheDocument();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('teapots-failed-rows.csv');
    });
    await user.click(result.getByRole('button', { name: 'Download the failed rows (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(api.downloads).toBe(1);
    expect(await screen.findByText('The failed rows were saved as teapots-failed-rows.csv.')).toBeInTheDocument();
    expect(result.getByRole('link', { name: 'See the products' })).toHaveAttribute('href', '/my/products');
  });

  it('when the file is larger than an import takes, then it is refused before anything is sent, and the person can choose again', async () => {
    const api = importApi();
    const { user } = renderApp('/my/products/import', { session: makeAuth() });
    const big = new File(['sku\n'], 'everything.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 150_000_000 });

    const input = await screen.findByLabelText('Choose a CSV file');
    await user.upload(input, big);

    expect(await screen.findByRole('alert')).toHaveTextContent('“everything.csv” is 150 MB: files of up to 100 MB can be imported.');
    expect(api.uploads).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Step 1 of 3: Upload' })).toBeInTheDocument();
  });

  it('when a viewer opens it, then they are told their role does not allow importing', async () => {
    server.use(
      http.get(`${API}/workspaces`, () =>
        HttpResponse.json({ data: [{ id: 'ws-personal', slug: 'personal', name: 'Personal', personal: true, role: 'viewer', allowed: ['workspace.read'], memberCount: 1, createdAt: '2025-01-15T10:00:00.000Z' }] }),
      ),
    );
    renderApp('/my/products/import', { session: makeAuth() });
    expect(await screen.findByText('Your role in Personal does not allow importing products.')).toBeInTheDocument();
  });
});
