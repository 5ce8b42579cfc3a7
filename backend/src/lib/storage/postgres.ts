import type { Prisma } from '../db.js';
import type { Storage, StoredKey } from './types.js';

/**
 * The default driver: objects in the "StoredObject" table of the database the API already uses, so
 * `npm start` needs nothing more and every instance of `npm run cluster` sees the same files. Fine
 * for a catalogue's pictures (a few hundred kB each, read once per instance into the in-process
 * cache in front of it); a deployment with many of them moves to s3.
 */
export function postgresStorage(prisma: Prisma): Storage {
  return {
    driver: 'postgres',

    async put(key, body, contentType) {
      // now() on the database's clock, the one `delete(..., { writtenBefore })` compares with.
      await prisma.$executeRaw`INSERT INTO "StoredObject" ("key", "contentType", "body") VALUES (${key}, ${contentType}, ${body})
        ON CONFLICT ("key") DO UPDATE SET "contentType" = EXCLUDED."contentType", "body" = EXCLUDED."body", "createdAt" = now()`;
    },

    async get(key) {
      const row = await prisma.storedObject.findUnique({ where: { key }, select: { body: true, contentType: true } });
      if (!row) return null;
      return { body: Buffer.from(row.body.buffer, row.body.byteOffset, row.body.byteLength), contentType: row.contentType };
    },

    async delete(keys, options = {}) {
      if (keys.length === 0) return;
      // One statement decides "unused and old" atomically against a concurrent put of the same key.
      await prisma.storedObject.deleteMany({
        where: { key: { in: keys }, ...(options.writtenBefore ? { createdAt: { lt: options.writtenBefore } } : {}) },
      });
    },

    async list(prefix, { after, limit }): Promise<StoredKey[]> {
      const rows = await prisma.storedObject.findMany({
        where: { key: { startsWith: prefix, ...(after === undefined ? {} : { gt: after }) } },
        orderBy: { key: 'asc' },
        take: limit,
        select: { key: true, createdAt: true },
      });
      return rows.map((r) => ({ key: r.key, writtenAt: r.createdAt }));
    },

    // The Prisma client is the app's; whoever made it closes it.
    close: () => Promise.resolve(),
  };
}
