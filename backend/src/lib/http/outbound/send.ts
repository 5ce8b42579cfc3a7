import type { IncomingMessage, RequestOptions } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Target } from './targets.js';

const EXCERPT_CHARS = 1024;

export interface Exchange {
  status: number;
  /** The Location header of a redirect, as sent. */
  location: string | undefined;
  excerpt: string;
}

/** A lookup that answers with the vetted address only, whatever it is asked: the connection stays pinned. */
function pinnedLookup(target: Target): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function readExcerpt(response: IncomingMessage, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    // setEncoding decodes with a StringDecoder: a character split across chunks arrives whole.
    response.setEncoding('utf8');
    const finish = () => {
      signal.removeEventListener('abort', onAbort);
      resolve(text.slice(0, EXCERPT_CHARS));
    };
    const onAbort = () => {
      response.destroy();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    response.on('data', (chunk: string) => {
      text += chunk;
      // The rest of a long answer is never read: a receiver cannot make us buffer megabytes.
      if (text.length >= EXCERPT_CHARS) {
        response.destroy();
        finish();
      }
    });
    response.on('end', finish);
    // A connection cut after the status line still answered; what arrived is the excerpt.
    response.on('error', finish);
  });
}

/**
 * One POST to a vetted target, connected to its pinned address (an IP literal never goes through
 * lookup at all), with Host and SNI naming the host as the URL does.
 */
export function sendOnce(target: Target, init: { headers: Record<string, string>; body: string }, signal: AbortSignal): Promise<Exchange> {
  // Host is the URL's: a caller's Host header would name a target that was never vetted.
  const headers = Object.fromEntries(Object.entries(init.headers).filter(([name]) => name.toLowerCase() !== 'host'));
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(Buffer.byteLength(init.body));
  }
  const https = target.url.protocol === 'https:';
  const options: RequestOptions & { servername?: string } = {
    method: 'POST',
    host: target.hostname,
    port: target.port,
    path: `${target.url.pathname}${target.url.search}`,
    headers,
    lookup: pinnedLookup(target),
    // No pooling: a kept-alive socket would outlive the check that allowed it.
    agent: false,
    signal,
    ...(https && target.isName ? { servername: target.hostname } : {}),
  };
  return new Promise<Exchange>((resolve, reject) => {
    const request = (https ? httpsRequest : httpRequest)(options, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (isRedirect(status) && location !== undefined) {
        response.destroy();
        resolve({ status, location, excerpt: '' });
        return;
      }
      readExcerpt(response, signal).then((excerpt) => resolve({ status, location, excerpt }), reject);
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
