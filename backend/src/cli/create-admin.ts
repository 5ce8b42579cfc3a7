// Creates an administrator: `npm run user:create-admin -- --email a@b.c --name "Ada" [--password ...]`.
// Without --password the password is read from standard input (`... < file` or a pipe), which keeps
// it out of the shell history and the process list.
import { parseArgs } from 'node:util';
import Joi from 'joi';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../lib/errors.js';
import { createUser, email, newPassword, userName } from '../modules/auth/index.js';
import { startCliInfrastructure } from './cli-infrastructure.js';

const USAGE = 'usage: npm run user:create-admin -- --email <email> --name <name> [--password <password>]';

const argsSchema = Joi.object<{ email: string; password: string; name: string }>({
  email,
  password: newPassword,
  name: userName,
});

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is what `echo` or a file adds; anything else belongs to the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const result = argsSchema.validate(
    { ...values, password: values.password ?? (await readStdin()) },
    { abortEarly: false },
  );
  if (result.error) {
    console.error(`${result.error.details.map((d) => d.message).join('\n')}\n${USAGE}`);
    return 2;
  }
  const input = result.value;

  const config = loadConfig();
  const infrastructure = await startCliInfrastructure(config);
  try {
    const user = await createUser({ prisma: infrastructure.db.prisma, auth: config.auth }, { ...input, role: 'ADMIN', emailVerified: true });
    console.log(`Created admin ${user.email} (id ${user.id}).`);
    return 0;
  } catch (err) {
    if (err instanceof AppError && err.status === 409) {
      console.error(`A user with the email ${input.email} already exists; promote it with PATCH /api/v1/users/:id instead.`);
      return 1;
    }
    throw err;
  } finally {
    await infrastructure.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
