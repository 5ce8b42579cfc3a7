import type { PostmanFolder } from './postman-collection.js';
import { problem, status } from './postman-steps.js';

// The session's export scenario: the signed-in user downloads their products, the catalogue's and
// their personal workspace's (postman-categories.ts saved its slug) as CSV; paging and anonymous
// exports are refused.

const isCsv = [
  status(200),
  "pm.test('is CSV with the header line first', () => { pm.expect(pm.response.headers.get('Content-Type')).to.match(/^text\\/csv/); pm.expect(pm.response.text().split('\\r\\n')[0]).to.eql('id,sku,name,description,price,currency,stock,lowStockThreshold,status,categories,tags,createdAt,updatedAt,version'); });",
  "pm.test('says how many rows follow, and names the file', () => { pm.expect(pm.response.text().split('\\r\\n').length - 2).to.eql(Number(pm.response.headers.get('X-Total-Count'))); pm.expect(pm.response.headers.get('Content-Disposition')).to.match(/^attachment; filename=\"products-.*\\.csv\"$/); });",
];

export const exportFolder: PostmanFolder = {
  name: '10. CSV export',
  description: 'Any product list as a CSV file, streamed: the same filters as the list, every matching row, a count for a progress bar; each export is in the audit log.',
  steps: [
    { name: 'Export my products', operationId: 'exportProducts', query: { owner: 'me' }, tests: isCsv },
    { name: 'Export the catalogue\'s lamps, by price', operationId: 'exportProducts', query: { q: 'lamp', sort: 'price' }, tests: isCsv },
    { name: 'Export a workspace\'s active products', operationId: 'exportWorkspaceProducts', pathVars: { slug: '{{personalSlug}}' }, query: { status: 'active' }, tests: isCsv },
    { name: 'Export with a page size (400: an export is every row)', operationId: 'exportProducts', query: { limit: '10' }, tests: problem(400, 'validation_failed') },
    { name: 'Export without signing in (401)', operationId: 'exportProducts', anonymous: true, tests: problem(401, 'unauthorized') },
  ],
};
