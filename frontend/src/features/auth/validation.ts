/** The API's limits, mirrored so most mistakes are caught before a round trip. */
export const NAME_MAX = 100;
const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
const PASSWORD_MAX_BYTES = 72;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Errors<F extends string> = Partial<Record<F, string>>;

function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

function checkEmail(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your email address.';
  if (value.length > EMAIL_MAX) return `Email must be at most ${EMAIL_MAX} characters.`;
  if (!EMAIL_PATTERN.test(value)) return 'Enter a valid email address, like name@example.com.';
  return undefined;
}

// Word for word the API's PASSWORD_MESSAGES (backend/src/modules/auth/passwords.ts): a rule reads the
// same whether it is caught here or by the server. Common passwords are left to the server (the list
// is thousands of entries); the form shows its message for that field as it comes.
const PASSWORD_TOO_SHORT = `Password must be at least ${PASSWORD_MIN} characters`;
const PASSWORD_TOO_LONG = `Password must be at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} letters; fewer with accents or emoji)`;
const PASSWORD_NUL = 'Password must not contain a NUL character';

/** A new password: 8 characters at least, and bcrypt only reads 72 bytes, so the API refuses more. */
export function checkNewPassword(password: string): string | undefined {
  if (!password) return 'Enter a password.';
  // Counted in code points as the API does, so an emoji is one character, not two UTF-16 units.
  if ([...password].length < PASSWORD_MIN) return PASSWORD_TOO_SHORT;
  if (utf8Length(password) > PASSWORD_MAX_BYTES) return PASSWORD_TOO_LONG;
  if (password.includes('\0')) return PASSWORD_NUL;
  return undefined;
}

function checkName(name: string): string | undefined {
  const value = name.trim();
  if (!value) return 'Enter your name.';
  if (value.length > NAME_MAX) return `Name must be at most ${NAME_MAX} characters.`;
  return undefined;
}

function compact<F extends string>(errors: Record<F, string | undefined>): Errors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as Errors<F>;
}

export function validateLogin(input: { email: string; password: string }): Errors<'email' | 'password'> {
  return compact({ email: checkEmail(input.email), password: input.password ? undefined : 'Enter your password.' });
}

export function validateRegister(input: { name: string; email: string; password: string }): Errors<'name' | 'email' | 'password'> {
  return compact({ name: checkName(input.name), email: checkEmail(input.email), password: checkNewPassword(input.password) });
}

export function validateChangePassword(input: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}): Errors<'currentPassword' | 'newPassword' | 'confirmPassword'> {
  return compact({
    currentPassword: input.currentPassword ? undefined : 'Enter your current password.',
    newPassword:
      checkNewPassword(input.newPassword) ??
      (input.newPassword === input.currentPassword ? 'New password must be different from the current password' : undefined),
    confirmPassword: input.confirmPassword === input.newPassword ? undefined : 'The passwords do not match.',
  });
}

export function validateProfile(input: { name: string }): Errors<'name'> {
  return compact({ name: checkName(input.name) });
}

export function validateForgotPassword(input: { email: string }): Errors<'email'> {
  return compact({ email: checkEmail(input.email) });
}

export function validateResetPassword(input: { newPassword: string }): Errors<'newPassword'> {
  return compact({ newPassword: checkNewPassword(input.newPassword) });
}

export function validateChangeEmail(input: { newEmail: string; currentPassword: string }): Errors<'newEmail' | 'currentPassword'> {
  return compact({
    newEmail: checkEmail(input.newEmail),
    currentPassword: input.currentPassword ? undefined : 'Enter your current password.',
  });
}
