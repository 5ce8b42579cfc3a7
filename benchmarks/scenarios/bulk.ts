// Issue 18's bulk work on the largest catalogue (`--only=bulk`, or one part: export, import,
// bulk-edit): rows per second and the API process's peak memory, each part in a fresh API process.
// These run last: they change the catalogue (every product active; rows imported; a workspace's
// products archived).
import type { Bench } from '../lib/context.js';
import { registerUser } from './auth.js';
import { bulkEditRows } from './bulk-edit.js';
import { exportRows } from './export.js';
import { importRows } from './import.js';

export const BULK_PARTS = ['export', 'import', 'bulk-edit'];

export async function bulkScenario(bench: Bench, databaseUrl: string, wanted: (part: string) => boolean): Promise<void> {
  await bench.stack.restartApi({ DATABASE_URL: databaseUrl });
  // A user per part: each starts with a fresh access token (they last 15 minutes) and workspaces of its own.
  const user = (tag: string) => registerUser(bench.stack.apiUrl, databaseUrl, tag);
  if (wanted('export')) await exportRows(bench, databaseUrl, (await user('exporter')).accessToken);
  if (wanted('import')) await importRows(bench, databaseUrl, (await user('importer')).accessToken);
  if (wanted('bulk-edit')) {
    const editor = await user('editor');
    await bulkEditRows(bench, databaseUrl, editor.accessToken, editor.email);
  }
}
