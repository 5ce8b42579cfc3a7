import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { Category } from '../types';
import { CategoryBrowser } from './CategoryBrowser';

const category = (id: string, name: string, path: string[], parentId: string | null = null): Category => ({ id, name, slug: path.at(-1)!, path, parentId, position: 0 });

describe('the category browser', () => {
  it('when a category is chosen, then its ancestors lead back up and its children are offered with their counts', async () => {
    server.use(
      http.get(`${API}/categories`, () =>
        HttpResponse.json({
          data: [category('k', 'Kitchen', ['kitchen']), category('t', 'Teaware', ['kitchen', 'teaware'], 'k'), category('p', 'Teapots', ['kitchen', 'teaware', 'teapots'], 't')],
        }),
      ),
    );
    const onSelect = vi.fn();
    const { user } = renderWithProviders(
      <CategoryBrowser selected="teaware" onSelect={onSelect} counts={[{ id: 'p', slug: 'teapots', name: 'Teapots', count: 10_000, exact: false }]} />,
    );

    expect(await screen.findByRole('button', { name: 'Kitchen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Teaware' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'Teapots 10,000+' }));
    expect(onSelect).toHaveBeenLastCalledWith('teapots');
    await user.click(screen.getByRole('button', { name: 'Kitchen' }));
    expect(onSelect).toHaveBeenLastCalledWith('kitchen');
    await user.click(screen.getByRole('button', { name: 'All categories' }));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});
