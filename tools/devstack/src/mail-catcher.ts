import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that keeps what it receives in memory and shows it on a web page: where mail
 * goes when no SMTP_URL is set (`npm start`), and the real SMTP receiver the tests assert on. It
 * belongs to the development stack, which is never deployed, so the page exists only outside
 * production. Nothing is relayed anywhere.
 */

export interface CaughtMessage {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

export interface MailCatcher {
  /** smtp://host:port, for SMTP_URL. */
  smtpUrl: string;
  /** The page that lists what was received (JSON at /api/messages). */
  webUrl: string;
  messages: () => CaughtMessage[];
  /** The first message (already received or arriving within `timeoutMs`) that `match` accepts. */
  waitFor: (match: (message: CaughtMessage) => boolean, timeoutMs?: number) => Promise<CaughtMessage>;
  /** Refuse the next `count` messages with a temporary SMTP error (451), as a server under trouble would. */
  refuseNext: (count: number) => void;
  close: () => Promise<void>;
}

export interface MailCatcherOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  smtpPort?: number;
  httpPort?: number;
  /** Messages kept; the oldest go first (default 500). */
  keep?: number;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const keep = options.keep ?? 500;
  const received: CaughtMessage[] = [];
  const waiters = new Set<(message: CaughtMessage) => void>();
  let nextId = 1;
  let refusals = 0;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Shelfwise mail catcher',
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
          const message: CaughtMessage = {
            id: nextId++,
            from: parsed.from?.text ?? '',
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: new Date().toISOString(),
          };
          received.push(message);
          if (received.length > keep) received.shift();
          for (const waiter of waiters) waiter(message);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const web = createServer((req, res) => {
    serve(req, res, received, catcher.waitFor).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(options.httpPort ?? 0, host, () => resolve());
  });
  const httpPort = (web.address() as AddressInfo).port;

  const catcher: MailCatcher = {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: `http://${host}:${httpPort}/`,
    messages: () => [...received],
    waitFor(match, timeoutMs = 10_000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching email arrived within ${timeoutMs} ms (received: ${received.map((m) => `"${m.subject}" to ${m.to.join(',')}`).join('; ') || 'none'})`));
        }, timeoutMs);
        const waiter = (message: CaughtMessage) => {
          if (!match(message)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(message);
        };
        waiters.add(waiter);
      });
    },
    refuseNext(count) {
      refusals = count;
    },
    async close() {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          web.closeAllConnections();
          web.close(() => resolve());
        }),
      ]);
    },
  };
  return catcher;
}

const MAX_WAIT_SECONDS = 30;

/**
 * GET /api/messages: every message, newest first. `?to=<address>` keeps those to that address,
 * `&subject=<text>` those whose subject contains the text (any case), and with `&wait=<seconds>` the
 * answer waits (at most 30 s) until there is at least one: a script can fetch the email a request
 * just caused with one call, though a job sends it a moment later.
 */
async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  received: CaughtMessage[],
  waitFor: MailCatcher['waitFor'],
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://catcher');
  if (url.pathname === '/api/messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const subject = url.searchParams.get('subject')?.toLowerCase();
    const wait = Math.min(Number(url.searchParams.get('wait') ?? 0) || 0, MAX_WAIT_SECONDS);
    const matches = (m: CaughtMessage) =>
      (!to || m.to.some((address) => address.toLowerCase() === to)) && (!subject || m.subject.toLowerCase().includes(subject));
    if ((to || subject) && wait > 0) await waitFor(matches, wait * 1000).catch(() => undefined);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(received.filter(matches).reverse()));
    return;
  }
  const one = /^\/messages\/(\d+)$/.exec(url.pathname);
  const message = one ? received.find((m) => m.id === Number(one[1])) : undefined;
  if (one && !message) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('No such message (the catcher keeps messages in memory until it stops).');
    return;
  }
  // The messages' own HTML is shown in a sandboxed frame: no scripts, no navigation of this page.
  const body = message
    ? `<p><a href="/">All messages</a></p><h1>${escapeHtml(message.subject)}</h1>
<p>From ${escapeHtml(message.from)} to ${escapeHtml(message.to.join(', '))}, ${escapeHtml(message.receivedAt)}</p>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(message.html)}" style="width:100%;height:420px;border:1px solid #ccc"></iframe>
<h2>Text</h2><pre style="white-space:pre-wrap">${escapeHtml(message.text)}</pre>`
    : `<h1>Mail caught by the development stack</h1><p>${received.length} message(s), newest first. Nothing here was sent anywhere.</p>
<ul>${[...received].reverse().map((m) => `<li><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a> to ${escapeHtml(m.to.join(', '))} <small>${escapeHtml(m.receivedAt)}</small></li>`).join('')}</ul>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail catcher</title></head><body style="font-family:system-ui,sans-serif;max-width:860px;margin:24px auto">${body}</body></html>`);
}
