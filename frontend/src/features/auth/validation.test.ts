import { describe, expect, it } from 'vitest';
import { checkNewPassword, validateChangePassword, validateRegister } from './validation';

describe('auth validation', () => {
  it('accepts a password of 8 characters up to 72 bytes of UTF-8', () => {
    expect(checkNewPassword('12345678')).toBeUndefined();
    expect(checkNewPassword('a'.repeat(72))).toBeUndefined();
    expect(checkNewPassword('é'.repeat(36))).toBeUndefined();
  });

  it('refuses a password that is too short, or longer than 72 bytes even if under 72 characters', () => {
    expect(checkNewPassword('1234567')).toBe('Password must be at least 8 characters.');
    expect(checkNewPassword('a'.repeat(73))).toMatch(/at most 72 bytes/);
    expect(checkNewPassword('é'.repeat(37))).toMatch(/at most 72 bytes/);
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
      newPassword: 'Choose a password different from the current one.',
      confirmPassword: 'The passwords do not match.',
    });
  });
});
