import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/lib/logger.js';
import { requestContext } from '../src/lib/request-context.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('structured logs', () => {
  it('when secrets are logged, then they are redacted wherever they sit', () => {
    const { lines, logger } = capture();
    logger.info({
      req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'refresh_token=r1' } },
      body: { password: 'hunter22', refreshToken: 'rt', newPassword: 'n', accessToken: 'at' },
    }, 'x');
    const text = JSON.stringify(lines[0]);
    for (const secret of ['abc.def.ghi', 'refresh_token=r1', 'hunter22', '"rt"', '"at"']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('when a line is logged while serving a request, then it carries the request id', () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: 'req-42' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-42', msg: 'inside' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });
});
