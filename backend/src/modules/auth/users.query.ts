import { Prisma as Sql } from '../../generated/prisma/client.js';
import type { Cursor } from './cursor.js';
import type { UserSortKey, UserSortSpec } from './user-sort.js';

export interface UserFilter {
  /** Name or email contains it, ignoring case. */
  q?: string;
  /** Only these users (the owners of a page of products, say). */
  ids?: string[];
}

// Identifiers come from this table only. Each cast is the column's own type, so the comparison is
// the one its index orders by (citext compares emails ignoring case, as their unique index does).
// Qualified: in ORDER BY a bare "email" would name the email::text output column, sorting by case.
const KEYS: Record<UserSortKey, { column: Sql.Sql; cast: Sql.Sql }> = {
  createdAt: { column: Sql.raw('"User"."createdAt"'), cast: Sql.raw('timestamptz') },
  name: { column: Sql.raw('"User"."name"'), cast: Sql.raw('text') },
  email: { column: Sql.raw('"User"."email"'), cast: Sql.raw('citext') },
};

// What toPublicUser takes (user-view.ts): the enum and citext as text, as Prisma would return them.
const COLUMNS = Sql.raw('"id", "email"::text AS "email", "name", "role"::text AS "role", "createdAt", "totpEnabledAt", "deactivatedAt", "emailVerifiedAt"');

/**
 * One page of users in one query. The keyset is a row comparison, `(key, id) < (value, id)`, which
 * PostgreSQL starts a range scan of the (key, id) index at (20261206090300_users_search), so any
 * page costs what the first does; Prisma's findMany would spell it as an OR it can only filter with.
 * The search is `lower(column) LIKE %q%` on both columns, which their trigram indexes answer.
 */
export function listUsersSql(filter: UserFilter, sort: UserSortSpec, after: Cursor | null, take: number): Sql.Sql {
  const conditions: Sql.Sql[] = [];
  if (filter.ids) conditions.push(Sql.sql`"id" = ANY(${filter.ids}::uuid[])`);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(Sql.sql`(lower("name") LIKE lower(${pattern}) OR lower("email"::text) LIKE lower(${pattern}))`);
  }
  const { column, cast } = KEYS[sort.key];
  const direction = Sql.raw(sort.descending ? 'DESC' : 'ASC');
  if (after) conditions.push(Sql.sql`(${column}, "User"."id") ${Sql.raw(sort.descending ? '<' : '>')} (${after.value}::${cast}, ${after.id}::uuid)`);
  const where = conditions.length > 0 ? Sql.sql`WHERE ${Sql.join(conditions, ' AND ')}` : Sql.empty;
  return Sql.sql`SELECT ${COLUMNS} FROM "User" ${where} ORDER BY ${column} ${direction}, "User"."id" ${direction} LIMIT ${take}`;
}

/** `%`, `_` and the escape character itself match literally: a search for "50%" is not a wildcard. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The sort key value of a row, as a cursor carries it. */
export function userSortValue(row: { createdAt: Date; name: string; email: string }, key: UserSortKey): string {
  return key === 'createdAt' ? row.createdAt.toISOString() : row[key];
}
