/** The orders the admins' user list may be asked for; '-' means descending. */
export const USER_SORTS = ['-createdAt', 'createdAt', 'name', '-name', 'email', '-email'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const DEFAULT_USER_SORT: UserSort = '-createdAt';

export type UserSortKey = 'createdAt' | 'name' | 'email';

export interface UserSortSpec {
  key: UserSortKey;
  descending: boolean;
}

/** Every order ends with id in the same direction, so users with the same name keep one fixed order. */
export function userSortSpec(sort: UserSort): UserSortSpec {
  return sort.startsWith('-') ? { key: sort.slice(1) as UserSortKey, descending: true } : { key: sort as UserSortKey, descending: false };
}
