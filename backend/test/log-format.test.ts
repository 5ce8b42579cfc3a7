import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { bufferedStdout, logDestination } from '../src/lib/logger.js';

const loggerModule = fileURLToPath(new URL('../src/lib/logger.ts', import.meta.url));

// Logs one line the way server.ts does, in a process of its own whose stdout is a pipe.
function logOnce(format: string, env: string, isTerminal: boolean): Promise<string> {
  const script = `
    const { createLogger, logDestination } = await import(${JSON.stringify(loggerModule)});
    const logger = createLogger('info', await logDestination(${JSON.stringify(format)}, ${JSON.stringify(env)}, ${isTerminal}));
    logger.info({ body: { password: 'hunter22' }, port: 5000 }, 'Shelfwise is listening');
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`exit ${code}: ${output}`))));
  });
}

describe('log format', () => {
  it('when development output goes to a terminal ("auto"), then lines are pretty-printed, still redacted', async () => {
    const output = await logOnce('auto', 'development', true);

    expect(() => JSON.parse(output.trim())).toThrow();
    expect(output).toContain('Shelfwise is listening');
    expect(output).toMatch(/INFO/);
    expect(output).not.toContain('hunter22');
  }, 30_000);

  it('when output is not a terminal ("auto"), then each line is JSON', async () => {
    const output = await logOnce('auto', 'development', false);

    expect(JSON.parse(output.trim())).toMatchObject({ level: 30, msg: 'Shelfwise is listening', port: 5000, body: { password: '[redacted]' } });
  }, 30_000);

  it('when in production, then lines are JSON even on a terminal', async () => {
    expect(await logDestination('auto', 'production', true)).toBe(bufferedStdout());
    const output = await logOnce('auto', 'production', true);

    expect(JSON.parse(output.trim())).toMatchObject({ msg: 'Shelfwise is listening' });
  }, 30_000);

  it('when LOG_FORMAT=pretty is set for production, then the configuration is refused naming it', () => {
    const env = { DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-enough-length-0123456789', SMTP_URL: 'smtp://mail.example:587', LOG_FORMAT: 'pretty' };

    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/LOG_FORMAT/);
    expect(loadConfig({ ...env, LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });

  it('when LOG_FORMAT is unset, then it is auto', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise' }).logFormat).toBe('auto');
  });
});
