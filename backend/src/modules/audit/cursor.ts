import { decodeTimeIdCursor, encodeTimeIdCursor, type TimeIdCursor } from '../../lib/http/time-id-cursor.js';

/** A position in the log, newest first: the last entry of the previous page. */
export type AuditCursor = TimeIdCursor;

export const encodeAuditCursor = encodeTimeIdCursor;
export const decodeAuditCursor = decodeTimeIdCursor;
