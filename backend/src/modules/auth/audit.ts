import type { Prisma as Db } from '../../lib/db.js';

/** The actions recorded in AuditEvent; each names what happened to the subject's account. */
export type AuditAction =
  | 'password_reset'
  | 'email_changed'
  | 'user_deactivated'
  | 'user_reactivated'
  | 'two_factor_enabled'
  | 'two_factor_disabled'
  | 'two_factor_reset';

// A Prisma client or the `tx` of an interactive transaction: recorded with the change it describes.
type Writer = Pick<Db, 'auditEvent'>;

/** Records one event; `actorId` null means the account's owner acted through an emailed link or the system did. */
export async function recordAudit(
  db: Writer,
  event: { actorId: string | null; subjectId: string; action: AuditAction; detail?: Record<string, string | number | boolean> },
): Promise<void> {
  await db.auditEvent.create({ data: { actorId: event.actorId, subjectId: event.subjectId, action: event.action, detail: event.detail ?? {} } });
}
