import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, PASSWORD, registerUser, uniqueEmail } from './auth-support.js';

// The messages are read by people (a usability test found `"password" is too common` puzzling):
// each names the rule in a plain sentence, while the `code` stays what clients branch on.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const register = (password: string) =>
  request(t.app).post('/api/v1/auth/register').send({ email: uniqueEmail('message'), password, name: 'Reader' });

describe('password messages at sign-up', () => {
  it.each([
    [
      'one of the most common (12345678)',
      '12345678',
      'password.tooCommon',
      'Password is one of the most commonly used passwords; choose one that is harder to guess',
    ],
    ['7 characters long', 'abcdefg', 'password.tooShort', 'Password must be at least 8 characters'],
    [
      '73 bytes long (36 × é and one a)',
      `${'é'.repeat(36)}a`,
      'password.tooLong',
      'Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)',
    ],
    ['holding a NUL character', 'abcdefgh\u0000ijk', 'password.nul', 'Password must not contain a NUL character'],
  ])('when the password is %s, then 400 with its code and a sentence naming the rule', async (_case, password, code, message) => {
    const res = await register(password);
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([{ in: 'body', field: 'password', code, message }]);
  });
});

describe('password messages at a password change', () => {
  const change = (accessToken: string, newPassword: string) =>
    request(t.app)
      .post('/api/v1/auth/change-password')
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ currentPassword: PASSWORD, newPassword });

  it('when the new password is a common one, then 400 naming newPassword with the same sentence as at sign-up', async () => {
    const session = await registerUser(t.app);
    const res = await change(session.accessToken, 'iloveyou');
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([
      {
        in: 'body',
        field: 'newPassword',
        code: 'password.tooCommon',
        message: 'Password is one of the most commonly used passwords; choose one that is harder to guess',
      },
    ]);
  });

  it('when the new password is the current one, then 400 naming newPassword in words, not its field name', async () => {
    const session = await registerUser(t.app);
    const res = await change(session.accessToken, PASSWORD);
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([
      {
        in: 'body',
        field: 'newPassword',
        code: 'any.invalid',
        message: 'New password must be different from the current password',
      },
    ]);
  });
});
