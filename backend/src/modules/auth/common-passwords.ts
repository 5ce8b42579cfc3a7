import list from './data/common-passwords.json' with { type: 'json' };

// Loaded once, on first use: a Set makes each check O(1). The list is lower-case, so the check is
// case-insensitive ("Password1" is as guessable as "password1"). See data/README.md for its source.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(list);
  return common.has(password.toLowerCase());
}
