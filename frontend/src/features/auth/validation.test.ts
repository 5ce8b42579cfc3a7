import { describe, expect, it } from 'vitest';
import { checkNewPassword, validateChangePassword, validateRegister } from './validation';

describe('auth validation', () => {
  it('accepts a password of 8 characters up to 72 bytes of UTF-8', () => {
    expect(checkNewPassword('12345678')).toBeUndefined();
    expect(checkNewPassword('a'.repeat(72))).toBeUndefined();
    expect(checkNewPassword('é'.repeat(36))).toBeUndefined();
  });

  // The same sentences as the API's PASSWORD_MESSAGES (backend/src/modules/auth/passwords.ts), so a
  // rule reads alike whether the browser or the server catches it.
  it('when a new password breaks a rule, then the message is the sentence the API sends for that rule', () => {
    expect(checkNewPassword('1234567')).toBe('Password must be at least 8 characters');
    expect(checkNewPassword('a'.repeat(73))).toBe('Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)');
    expect(checkNewPassword('é'.repeat(37))).toBe('Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)');
    expect(checkNewPassword('abcdefgh\u0000')).toBe('Password must not contain a NUL character');
  });

  it('when a password has 8 UTF-16 units but fewer characters (emoji), then it is too short, as the API counts', () => {
    expect('😀😀😀😀'.length).toBe(8);
    expect(checkNewPassword('😀😀😀😀')).toBe('Password must be at least 8 characters');
  });

  it('checks name length and email shape when registering', () => {
    expect(validateRegister({ name: 'n'.repeat(101), email: 'nope', password: 'long-enough' })).toEqual({
      name: 'Name must be at most 100 characters.',
      email: 'Enter a valid email address, like name@example.com.',
    });
    expect(validateRegister({ name: 'Ada', email: 'ada@example.com', password: 'long-enough' })).toEqual({});
  });

  it('wants the new password confirmed and different from the current one', () => {
    expect(validateChangePassword({ currentPassword: 'old-password', newPassword: 'old-password', confirmPassword: 'x' })).toEqual({
      newPassword: 'New password must be different from the current password',
      confirmPassword: 'The passwords do not match.',
    });
  });
});
