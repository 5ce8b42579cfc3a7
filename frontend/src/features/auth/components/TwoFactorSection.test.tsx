import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/auth';
import { makeAuth, makeUser, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { TwoFactorSection } from './TwoFactorSection';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const setup = { secret: SECRET, otpauthUrl: `otpauth://totp/Shelfwise:a%40b.co?secret=${SECRET}`, qrCode: 'data:image/png;base64,iVBORw0KGgo=' };
const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, '0')}`);
const section = () => within(screen.getByRole('region', { name: 'Two-factor sign-in' }));

describe('TwoFactorSection', () => {
  it('when set up, then it shows the QR code and the key; the first code turns it on and the 10 recovery codes are shown once', async () => {
    let enableBody: unknown;
    server.use(
      http.post(`${API}/auth/two-factor/setup`, () => HttpResponse.json(setup)),
      http.post(`${API}/auth/two-factor/enable`, async ({ request }) => {
        enableBody = await request.json();
        return HttpResponse.json({ recoveryCodes: codes });
      }),
    );
    const { user } = renderWithProviders(<TwoFactorSection />, { session: makeAuth() });

    await user.click(section().getByRole('button', { name: 'Set up two-factor sign-in' }));
    const img = await section().findByRole('img', { name: /QR code/ });
    expect(img).toHaveAttribute('src', setup.qrCode);
    expect(section().getByLabelText('Secret key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    await user.type(section().getByLabelText('Code from your app'), '123456');
    await user.click(section().getByRole('button', { name: 'Turn on' }));

    const list = await section().findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(codes);
    expect(enableBody).toEqual({ code: '123456' });
    expect(section().getByRole('link', { name: 'Download codes' })).toHaveAttribute('download', 'shelfwise-recovery-codes.txt');
    const session = getSession();
    expect(session.status === 'authenticated' && session.user.twoFactorEnabled).toBe(true);

    await user.click(section().getByRole('button', { name: 'I have saved them' }));
    expect(section().queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(section().getByRole('form', { name: 'Turn off two-factor sign-in' })).toBeInTheDocument();
  });

  it('when the first code is wrong, then the field says so and it stays off', async () => {
    server.use(
      http.post(`${API}/auth/two-factor/setup`, () => HttpResponse.json(setup)),
      http.post(`${API}/auth/two-factor/enable`, () => problem(400, 'two_factor_code_invalid', 'The code is not correct')),
    );
    const { user } = renderWithProviders(<TwoFactorSection />, { session: makeAuth() });
    await user.click(section().getByRole('button', { name: 'Set up two-factor sign-in' }));
    await user.type(await section().findByLabelText('Code from your app'), '999999');
    await user.click(section().getByRole('button', { name: 'Turn on' }));

    await waitFor(() =>
      expect(section().getByLabelText('Code from your app')).toHaveAccessibleDescription(/^That code is not correct\. Check your app and try again\./),
    );
    const session = getSession();
    expect(session.status === 'authenticated' && session.user.twoFactorEnabled).toBe(false);
  });

  it('when it is on, then turning it off needs the password and a code; a wrong password is said on its field', async () => {
    let body: unknown;
    let answer: Response = problem(400, 'invalid_current_password', 'The current password is incorrect');
    server.use(
      http.post(`${API}/auth/two-factor/disable`, async ({ request }) => {
        body = await request.json();
        return answer;
      }),
    );
    const { user } = renderWithProviders(<TwoFactorSection />, { session: makeAuth({ user: makeUser({ twoFactorEnabled: true }) }) });

    await user.click(section().getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(section().getByLabelText('Current password')).toHaveAccessibleDescription('Enter your current password.');
    expect(body).toBeUndefined();

    await user.type(section().getByLabelText('Current password'), 'not-my-password');
    await user.type(section().getByLabelText('Code'), 'abcd-efgh-jkmn-pq00');
    await user.click(section().getByRole('button', { name: 'Turn off two-factor sign-in' }));
    await waitFor(() => expect(section().getByLabelText('Current password')).toHaveAccessibleDescription('The password is not correct.'));
    expect(body).toEqual({ currentPassword: 'not-my-password', code: 'abcd-efgh-jkmn-pq00' });

    answer = new HttpResponse(null, { status: 204 });
    await user.click(section().getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(await section().findByRole('button', { name: 'Set up two-factor sign-in' })).toBeInTheDocument();
  });
});
