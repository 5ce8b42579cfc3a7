import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const header = () => within(screen.getByRole('banner'));

describe('the header’s menu (narrow screens show it; styles.css hides it wider)', () => {
  it('when Menu is pressed, then it says it is open; Escape closes it and gives the focus back; a link closes it too', async () => {
    server.use(http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null, total: { count: 0, exact: true } })));
    const { user } = renderApp('/', { session: 'anonymous' });
    const menu = header().getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(menu.getAttribute('aria-controls')!)).toContainElement(header().getByRole('navigation', { name: 'Main' }));

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(await header().findByRole('link', { name: 'Sign in' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
