import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { CreateProduct } from './CreateProduct';

function fill(label: string, value: string) {
  // fireEvent for long values: typing 5000 characters one by one would only slow the test.
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('product form', () => {
  it('when values break the API limits, then each field says so and nothing is sent', async () => {
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={vi.fn()} />, { session: makeAuth() });

    fill('Name', 'n'.repeat(201));
    fill('Description', 'd'.repeat(5001));
    fill('SKU', 'bad sku!');
    fill('Price', '12.345');
    fill('Currency', 'EU');
    fill('Stock', '-2');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Name must be at most 200 characters\./);
    expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(/Description must be at most 5000 characters\./);
    expect(screen.getByLabelText('SKU')).toHaveAccessibleDescription(/Use only letters, digits, dot, dash and underscore\./);
    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(/Use at most 2 decimal places\./);
    expect(screen.getByLabelText('Currency')).toHaveAccessibleDescription(/Use a 3-letter ISO 4217 code/);
    expect(screen.getByLabelText('Stock')).toHaveAccessibleDescription(/Stock must be a whole number of 0 or more\./);
    expect(screen.getByLabelText('Name')).toHaveFocus();
    // No handler is registered for POST /workspaces/personal/products: had the form sent it, the test would fail.
  });

  it('when the values are valid, then the product is created with an idempotency key', async () => {
    const created = makeProduct({ name: 'Desk lamp' });
    let request: { body: unknown; key: string | null } | undefined;
    server.use(
      http.post(`${API}/workspaces/personal/products`, async ({ request: req }) => {
        request = { body: await req.json(), key: req.headers.get('idempotency-key') };
        return HttpResponse.json(created, { status: 201, headers: { ETag: '"1"', Location: `/api/v1/products/${created.id}` } });
      }),
    );
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={onCreated} />, { session: makeAuth() });

    await user.type(screen.getByLabelText('Name'), 'Desk lamp');
    await user.type(screen.getByLabelText('SKU'), 'LAMP-1');
    await user.type(screen.getByLabelText('Price'), '24.5');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(request?.body).toEqual({ name: 'Desk lamp', description: '', sku: 'LAMP-1', price: '24.5', stock: 0, status: 'draft' });
    expect(request?.key).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(await screen.findByRole('status')).toHaveTextContent('“Desk lamp” was created.');
  });

  it('when the SKU is already used, then the SKU field says so', async () => {
    server.use(http.post(`${API}/workspaces/personal/products`, () => problem(409, 'duplicate_sku', 'You already have a product with this SKU')));
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={vi.fn()} />, { session: makeAuth() });

    await user.type(screen.getByLabelText('Name'), 'Lamp');
    await user.type(screen.getByLabelText('SKU'), 'DUP');
    await user.type(screen.getByLabelText('Price'), '1');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(screen.getByLabelText('SKU')).toHaveAccessibleDescription(/You already have a product with this SKU/));
  });

  it('when the API refuses for a reason that is no field, then a toast shows its detail', async () => {
    server.use(http.post(`${API}/workspaces/personal/products`, () => problem(503, 'service_unavailable', 'The service is busy, try again soon')));
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={vi.fn()} />, { session: makeAuth() });

    await user.type(screen.getByLabelText('Name'), 'Lamp');
    await user.type(screen.getByLabelText('SKU'), 'L1');
    await user.type(screen.getByLabelText('Price'), '1');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The service is busy, try again soon');
  });

  it('when "Create product" is clicked twice at once, then one request is sent and the product is created once', async () => {
    const created = makeProduct({ name: 'Lamp' });
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/workspaces/personal/products`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        await new Promise((resolve) => setTimeout(resolve, 50));
        return HttpResponse.json(created, { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={onCreated} />, { session: makeAuth() });
    await user.type(screen.getByLabelText('Name'), 'Lamp');
    await user.type(screen.getByLabelText('SKU'), 'L1');
    await user.type(screen.getByLabelText('Price'), '1');

    await user.dblClick(screen.getByRole('button', { name: 'Create product' }));

    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(keys).toHaveLength(1);
  });

  it('when a submission is sent again after no answer came, then it carries the same key; once the form changed, a new one', async () => {
    const keys: (string | null)[] = [];
    const answers = [() => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.json(makeProduct({ name: 'Lamp 2' }), { status: 201, headers: { ETag: '"1"' } })];
    server.use(
      http.post(`${API}/workspaces/personal/products`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return answers[keys.length - 1]!();
      }),
    );
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<CreateProduct workspace="personal" onCreated={onCreated} />, { session: makeAuth() });
    await user.type(screen.getByLabelText('Name'), 'Lamp');
    await user.type(screen.getByLabelText('SKU'), 'L1');
    await user.type(screen.getByLabelText('Price'), '1');

    await user.click(screen.getByRole('button', { name: 'Create product' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Create product' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create product' })).toBeEnabled());
    await user.type(screen.getByLabelText('Name'), ' 2');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });
});
