import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { makeAuth } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { TagInput } from './TagInput';

function Harness({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <>
      <TagInput value={tags} onChange={setTags} workspace="acme" />
      <output data-testid="tags">{JSON.stringify(tags)}</output>
    </>
  );
}

const tagsNow = () => JSON.parse(screen.getByTestId('tags').textContent ?? '[]') as string[];

describe('the tag input', () => {
  it('when the start of a tag is typed, then the workspace’s tags are suggested and the arrows and Enter choose one', async () => {
    const prefixes: string[] = [];
    server.use(
      http.get(`${API}/workspaces/acme/tags`, ({ request }) => {
        prefixes.push(new URL(request.url).searchParams.get('prefix') ?? '');
        return HttpResponse.json({ data: [{ name: 'earl grey' }, { name: 'earthenware' }] });
      }),
    );
    const { user } = renderWithProviders(<Harness />, { session: makeAuth() });
    const input = screen.getByRole('combobox', { name: 'Tags' });

    await user.type(input, 'EA');
    const options = await screen.findByRole('listbox', { name: 'Suggested tags' });
    expect(within(options).getAllByRole('option').map((o) => o.textContent)).toEqual(['earl grey', 'earthenware']);
    expect(prefixes).toEqual(['ea']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(options).getAllByRole('option')[1]!.id);
    await user.keyboard('{Enter}');

    expect(tagsNow()).toEqual(['earthenware']);
    expect(input).toHaveValue('');
  });

  it('when a tag is typed with capitals and spaces and a comma, then it is added as stored; Backspace in the empty field removes the last', async () => {
    const { user } = renderWithProviders(<Harness initial={['tea']} />, { session: makeAuth() });
    server.use(http.get(`${API}/workspaces/acme/tags`, () => HttpResponse.json({ data: [] })));
    const input = screen.getByRole('combobox', { name: 'Tags' });

    await user.type(input, '  Brass   LAMP ,');
    expect(tagsNow()).toEqual(['tea', 'brass lamp']);
    await user.click(screen.getByRole('button', { name: 'Remove tag tea' }));
    expect(tagsNow()).toEqual(['brass lamp']);
    await user.click(input);
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(tagsNow()).toEqual([]));
  });

  it('when a tag is longer than the API allows, then it says so and adds nothing', async () => {
    server.use(http.get(`${API}/workspaces/acme/tags`, () => HttpResponse.json({ data: [] })));
    const { user } = renderWithProviders(<Harness />, { session: makeAuth() });

    await user.type(screen.getByRole('combobox', { name: 'Tags' }), `${'x'.repeat(41)}{Enter}`);

    expect(screen.getByText('A tag has at most 40 characters.')).toBeInTheDocument();
    expect(tagsNow()).toEqual([]);
  });
});
