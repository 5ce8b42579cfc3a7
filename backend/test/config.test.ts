import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const DATABASE_URL = 'postgresql://app@db.example/shelfwise';

/** The problems loadConfig names for env (DATABASE_URL, which is always required, given unless env overrides it). */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig({ DATABASE_URL, ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('configuration', () => {
  it('when only DATABASE_URL is set, then development defaults apply and the result is frozen', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise' });
    expect(config.port).toBe(5000);
    expect(config.database.url).toBe('postgresql://app@db.example/shelfwise');
    expect(config.redis.url).toBeUndefined();
    expect(config.http.trustProxy).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('when DATABASE_URL is missing, then the configuration is refused saying where a development one comes from', () => {
    expect(problemsOf({ DATABASE_URL: undefined })).toEqual(['"DATABASE_URL" is required (npm start at the repository root provides a private PostgreSQL)']);
  });

  it('when several variables are bad, then each one is named in the message', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_COMMAND_TIMEOUT_MS: '-1' });
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/REDIS_COMMAND_TIMEOUT_MS/);
    expect(problems).toHaveLength(3);
  });

  it('when TRUST_PROXY is "true", then it is refused (it would trust any client-sent X-Forwarded-For)', () => {
    expect(problemsOf({ TRUST_PROXY: 'true' }).join()).toMatch(/TRUST_PROXY/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', TRUST_PROXY: 'loopback,10.0.0.0/8' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('when production runs with the default or a short JWT secret, then it refuses to start', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).join()).toMatch(/JWT_SECRET/);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' }).join()).toMatch(/JWT_SECRET/);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail.example:587' })).toEqual([]);
  });

  it('when production has no SMTP_URL, then it refuses to start (nobody could reset a password or confirm an address)', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).join()).toMatch(/"SMTP_URL" must name the SMTP server/);
    expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SMTP_URL: 'http://mail.example' }).join()).toMatch(/SMTP_URL/);
  });

  it('when bcrypt cost is lowered outside tests, then it is refused', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail.example:587', BCRYPT_COST: '10' }).join()).toMatch(/BCRYPT_COST/);
    expect(problemsOf({ NODE_ENV: 'development', BCRYPT_COST: '4' }).join()).toMatch(/BCRYPT_COST/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'test', BCRYPT_COST: '4' }).auth.bcryptCost).toBe(4);
  });
});
