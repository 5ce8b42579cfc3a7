import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { inDbContext } from '../../../lib/db-context.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import { assertAllowed, dbContextOf, type Actor } from '../../workspaces/index.js';
import type { JobView } from '../../jobs/index.js';
import type { FileRow } from './apply.js';
import type { ImportDeps } from './deps.js';
import { intakeCsv, PREVIEW_ROWS } from './intake.js';
import { IMPORT_KIND, type ImportJobInput } from './job.js';
import { autoMapping, checkedMapping, mapsSku, type ColumnMapping, type ImportField } from './mapping.js';
import { previewRows, type PreviewRow } from './preview.js';
import { importNotFound, importTooLarge, skuColumnMissing } from './problems.js';
import { receiveFile } from './receive.js';
import type { Delimiter } from './sniff.js';
import { firstRows } from './source.js';
import { PartWriter, uploadPrefix } from './stored-file.js';

/** How long an upload waits to be imported (sweep.ts deletes it after). */
export const UPLOAD_TTL_MS = 24 * 3600 * 1000;

/** The workspace an imports route resolved, and the caller's standing there. */
export interface ImportTarget {
  id: string;
  actor: Actor;
}

/** An upload as the API shows it: what was read of it, the mapping in use and the preview with it. */
interface UploadView {
  id: string;
  filename: string;
  size: number;
  delimiter: Delimiter;
  rows: number;
  headers: string[];
  mapping: ColumnMapping;
  preview: PreviewRow[];
  createdAt: string;
  expiresAt: string;
}

interface UploadRow {
  id: string;
  filename: string;
  size: number;
  parts: number;
  delimiter: string;
  headers: unknown;
  rows: number;
  createdAt: Date;
}
const UPLOAD_SELECT = { id: true, filename: true, size: true, parts: true, delimiter: true, headers: true, rows: true, createdAt: true } as const;

// An import creates and changes products: both rights, as a single create or update asks.
function assertMayImport(actor: Actor): void {
  assertAllowed(actor, 'product.create');
  assertAllowed(actor, 'product.update');
}

/** The name to show for an upload: the file's own name without a path or control characters. */
export const displayName = (name: string) => name.split(/[\\/]/).at(-1)!.replace(/\p{Cc}/gu, '').trim().slice(0, 255) || 'upload.csv';

/**
 * Receives a CSV upload (multipart, field `file`), checks and stores it as it streams (intake.ts),
 * and records it for its uploader: 201 with the columns matched to fields and a first preview.
 */
export async function uploadImport(deps: ImportDeps, principal: Principal, target: ImportTarget, req: IncomingMessage): Promise<UploadView> {
  assertMayImport(target.actor);
  const id = randomUUID();
  const writer = new PartWriter(deps.storage, uploadPrefix(id));
  const tooLarge = () => importTooLarge(deps.maxBytes);
  try {
    const { intake, filename } = await receiveFile(req, deps.maxBytes, async (file, name) => ({ intake: await intakeCsv(file, writer, tooLarge), filename: displayName(name) }));
    const row = await inDbContext(deps.products.prisma, dbContextOf(principal, target.id), (tx) =>
      tx.importUpload.create({
        data: {
          id, workspaceId: target.id, ownerId: principal.userId, filename, size: intake.size, storageKey: uploadPrefix(id),
          parts: intake.parts, delimiter: intake.delimiter, headers: intake.headers, rows: intake.rows,
        },
        select: UPLOAD_SELECT,
      }),
    );
    const preview = intake.preview.map((cells, i) => ({ row: i + 1, cells }));
    return viewOf(deps, principal, target.id, row, autoMapping(intake.headers), preview);
  } catch (err) {
    // Refused files were discarded by the intake; this covers a request that broke off after it.
    await writer.discard().catch(() => undefined);
    throw err;
  }
}

/** The caller's own upload in this workspace, else 404 (another's, another workspace's, swept). */
async function findUpload(deps: ImportDeps, principal: Principal, target: ImportTarget, id: string): Promise<UploadRow> {
  const row = await inDbContext(deps.products.prisma, dbContextOf(principal), (tx) =>
    tx.importUpload.findFirst({ where: { id, workspaceId: target.id, ownerId: principal.userId }, select: UPLOAD_SELECT }),
  );
  if (!row) throw importNotFound();
  return row;
}

const stored = (row: UploadRow) => ({ storageKey: uploadPrefix(row.id), parts: row.parts, delimiter: row.delimiter as Delimiter });

/** GET: the upload with the mapping proposed for it; with `mapping` (POST …/preview), the preview under that one. */
export async function previewImport(
  deps: ImportDeps,
  principal: Principal,
  target: ImportTarget,
  id: string,
  given?: Record<string, ImportField | null>,
): Promise<UploadView> {
  const row = await findUpload(deps, principal, target, id);
  const headers = row.headers as string[];
  const mapping = given === undefined ? autoMapping(headers) : checkedMapping(headers, given);
  const rows = await firstRows(deps.storage, stored(row), PREVIEW_ROWS, importNotFound);
  return viewOf(deps, principal, target.id, row, mapping, rows);
}

/** Starts the import of an upload with a mapping that names the SKU column: 202 with its job (kind 'import'). */
export async function startImport(deps: ImportDeps, principal: Principal, target: ImportTarget, id: string, given: Record<string, ImportField | null>): Promise<JobView> {
  assertMayImport(target.actor);
  const row = await findUpload(deps, principal, target, id);
  const headers = row.headers as string[];
  const mapping = checkedMapping(headers, given);
  if (!mapsSku(mapping)) throw skuColumnMissing();
  const input: ImportJobInput = { uploadId: row.id, filename: row.filename, delimiter: row.delimiter as Delimiter, headers, mapping };
  return deps.jobs.createJob(principal, { kind: IMPORT_KIND, workspaceId: target.id, input, total: row.rows });
}

async function viewOf(deps: ImportDeps, principal: Principal, workspaceId: string, row: UploadRow, mapping: ColumnMapping, rows: FileRow[]): Promise<UploadView> {
  const headers = row.headers as string[];
  return {
    id: row.id,
    filename: row.filename,
    size: row.size,
    delimiter: row.delimiter as Delimiter,
    rows: row.rows,
    headers,
    mapping,
    preview: await previewRows(deps, principal, workspaceId, headers, mapping, rows),
    createdAt: row.createdAt.toISOString(),
    expiresAt: new Date(row.createdAt.getTime() + UPLOAD_TTL_MS).toISOString(),
  };
}
