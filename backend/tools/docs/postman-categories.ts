import type { PostmanFolder } from './postman-collection.js';
import { problem, save, status } from './postman-steps.js';

// The session's look at categories and tags: the category tree is public to read and only platform
// admins change it (the session's user is not one); tags are autocompleted per workspace.

export const categoryFolder: PostmanFolder = {
  name: '8. Categories and tags',
  description: 'Read the category tree (no sign-in), see that only platform admins change it, and autocomplete the tags of your personal workspace.',
  steps: [
    {
      name: 'List the category tree (no sign-in)',
      operationId: 'listCategories',
      anonymous: true,
      tests: [status(200), "pm.test('a flat list, each with its path', () => pm.response.json().data.forEach((c) => pm.expect(c.path.at(-1)).to.eql(c.slug)));"],
    },
    {
      name: 'Create a category, not being a platform admin (403)',
      operationId: 'createCategory',
      body: { name: 'Teaware' },
      tests: problem(403, 'platform_admin_required'),
    },
    {
      name: 'Find my personal workspace',
      operationId: 'listWorkspaces',
      tests: [status(200), save('personalSlug', 'pm.response.json().data[0].slug')],
    },
    {
      name: 'Autocomplete its tags',
      operationId: 'suggestTags',
      pathVars: { slug: '{{personalSlug}}' },
      query: { prefix: 'la', limit: '5' },
      tests: [status(200), "pm.test('suggestions, each a tag name', () => pm.response.json().data.forEach((t) => pm.expect(t.name).to.match(/^la/)));"],
    },
  ],
};

export const categoryVariables: Record<string, string> = {
  personalSlug: '',
};
