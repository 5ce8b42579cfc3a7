// Development seed: a demo user and an admin with known passwords, printed at the end.
// `npm run seed:users`; the products seed imports seedUsers() to own its products by them.
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../../src/config.js';
import type { Prisma as Db } from '../../src/lib/db.js';
import { hashPassword } from '../../src/modules/auth/index.js';
import { startCliInfrastructure } from '../../src/cli/cli-infrastructure.js';

export interface SeededUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: 'USER' | 'ADMIN';
}

// Development-only credentials, deliberately long enough and absent from the common-password list.
const SEED = [
  { email: 'admin@example.com', password: 'shelfwise-admin-dev-2024', name: 'Demo Admin', role: 'ADMIN' },
  { email: 'demo@example.com', password: 'shelfwise-demo-dev-2024', name: 'Demo User', role: 'USER' },
] as const;

/**
 * Creates (or resets, so the printed passwords always work) the seed users. Refuses to run in
 * production: known passwords must never reach a real deployment.
 */
export async function seedUsers(prisma: Db, config: Pick<Config, 'env' | 'auth'>): Promise<{ admin: SeededUser; demo: SeededUser }> {
  if (config.env === 'production') throw new Error('seed users have well-known passwords: refusing to run in production');
  const [admin, demo] = await Promise.all(
    SEED.map(async (seed): Promise<SeededUser> => {
      const passwordHash = await hashPassword(seed.password, config.auth.bcryptCost);
      const user = await prisma.user.upsert({
        where: { email: seed.email },
        // Demo accounts at example.com, which can receive no mail: marked confirmed, so they can write.
        create: { email: seed.email, name: seed.name, role: seed.role, passwordHash, emailVerifiedAt: new Date() },
        update: { name: seed.name, role: seed.role, passwordHash },
        select: { id: true },
      });
      return { id: user.id, ...seed };
    }),
  );
  return { admin: admin!, demo: demo! };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const infrastructure = await startCliInfrastructure(config);
  try {
    const users = await seedUsers(infrastructure.db.prisma, config);
    console.log('Seed users (development only):');
    for (const user of [users.admin, users.demo]) console.log(`  ${user.role.padEnd(5)}  ${user.email}  ${user.password}`);
  } finally {
    await infrastructure.close();
  }
}

// Runs only when executed directly, not when the products seed imports seedUsers().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
