import { NAME_MAX, SLUG_PATTERN } from './types';

/** The API's limits for a workspace's name and slug, checked before sending; an empty slug is left to the API. */
export function checkWorkspaceFields({ name, slug }: { name: string; slug: string }): Partial<Record<'name' | 'slug', string>> {
  const errors: Partial<Record<'name' | 'slug', string>> = {};
  if (name.trim() === '') errors.name = 'Give the workspace a name.';
  else if (name.trim().length > NAME_MAX) errors.name = `At most ${NAME_MAX} characters.`;
  if (slug.trim() !== '' && !SLUG_PATTERN.test(slug.trim())) {
    errors.slug = 'Lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 48 characters.';
  }
  return errors;
}
