// Prisma 7 configuration, read by every `prisma` command (run them through
// `npm run prisma -w backend -- <command>`, which works offline; see scripts/prisma.mjs).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    // Read as-is rather than with Prisma's env(), which throws when the variable is unset:
    // `prisma generate` (run by `npm install`) needs no database, and the commands that do
    // say so themselves when the URL is missing.
    // Migrations run as the tables' owner (DATABASE_OWNER_URL), not as the API's role, which may
    // not change the schema; without it, as DATABASE_URL.
    url: process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL,
  },
});
