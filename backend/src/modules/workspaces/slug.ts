import { randomBytes } from 'node:crypto';

/** A workspace slug: lower-case letters, digits and single hyphens inside, 1 to 48 characters. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/**
 * A slug made from a name: "Acme Tea & Co." becomes "acme-tea-co". Like the personal workspaces'
 * (shelfwise_personal_slug in migration 20261203090000_workspaces), minus their id suffix.
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'workspace';
}

/** The same slug with a short random suffix, when the plain one is taken. */
export function suffixedSlug(slug: string): string {
  return `${slug.slice(0, 39)}-${randomBytes(3).toString('hex')}`;
}
