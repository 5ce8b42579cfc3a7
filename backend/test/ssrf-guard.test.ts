import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isBlockedAddress } from '../src/lib/http/outbound/addresses.js';
import { createOutboundClient, type OutboundPolicy } from '../src/lib/http/ssrf-guard.js';
import { startTestDns, type TestDnsServer } from './support/dns-server.js';

// A real DNS server of our own on 127.0.0.1, so names resolve without the network; public
// addresses are only ever vetted, never connected to (the network is closed).
const PUBLIC_IP = '93.184.215.14';
let dns: TestDnsServer;
let dnsServers: string[];
beforeAll(async () => {
  dns = await startTestDns({
    'rebind.test': ['10.0.0.1'],
    'public.test': [PUBLIC_IP],
    // One public address and one loopback: a name is as dangerous as its worst address.
    'mixed.test': [PUBLIC_IP, '::1'],
    'receiver.test': ['127.0.0.1'],
  });
  dnsServers = [dns.address];
});
afterAll(() => dns.close());

function policy(overrides: Partial<OutboundPolicy> = {}): OutboundPolicy {
  return { allowPrivate: false, allowedTargets: [], dnsServers, timeoutMs: 2000, ...overrides };
}

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A receiver on 127.0.0.1 that records every request it gets, then lets `answer` reply (or not). */
async function startReceiver(answer: RequestListener = (_req, res) => res.end('ok')) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(req, res);
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { port, received, origin: `http://127.0.0.1:${port}` };
}

const redirectTo = (location: string, status = 307): RequestListener => (_req, res) => res.writeHead(status, { location }).end();

const delivery = { headers: { 'content-type': 'application/json', 'x-signature': 'v1,abc=' }, body: '{"event":"ping","n":1}' };

describe('vet', () => {
  it.each([
    'http://127.0.0.1/',
    'http://10.1.2.3/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]:8080/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0/',
    'https://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://100.64.0.1/',
    'http://192.168.1.1/',
    'http://172.31.255.255/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
  ])('when the URL is %s (not a public address, however spelled), then it is target_forbidden', async (url) => {
    expect(await createOutboundClient(policy()).vet(url)).toMatchObject({ code: 'target_forbidden' });
  });

  it('when a name resolves to a private address, then it is target_forbidden', async () => {
    const refusal = await createOutboundClient(policy()).vet('https://rebind.test/hook');
    expect(refusal).toMatchObject({ code: 'target_forbidden' });
    expect(refusal?.message).toContain('10.0.0.1');
  });

  it('when one of a name\'s addresses is loopback among public ones, then it is target_forbidden', async () => {
    expect(await createOutboundClient(policy()).vet('https://mixed.test/')).toMatchObject({ code: 'target_forbidden' });
  });

  it.each([
    'ftp://public.test/',
    'file:///etc/passwd',
    'https://user:secret@public.test/',
    'https://user@public.test/',
    'not a url',
    `https://public.test/${'a'.repeat(2048)}`,
  ])('when the URL is %s, then it is invalid_url', async (url) => {
    expect(await createOutboundClient(policy()).vet(url)).toMatchObject({ code: 'invalid_url' });
  });

  it('when a name resolves only to public addresses, or the URL is a public literal, then it is sendable', async () => {
    const client = createOutboundClient(policy());
    expect(await client.vet('https://public.test/hooks?x=1')).toBeNull();
    expect(await client.vet(`http://${PUBLIC_IP}:8080/`)).toBeNull();
    expect(await client.vet('https://[2606:4700:4700::1111]/')).toBeNull();
  });

  it('when no DNS servers are configured, then the system resolver is asked (localhost is loopback)', async () => {
    expect(await createOutboundClient(policy({ dnsServers: [] })).vet('http://localhost:8080/')).toMatchObject({ code: 'target_forbidden' });
  });

  it('when a name does not resolve, then it is target_unresolvable', async () => {
    expect(await createOutboundClient(policy()).vet('https://nowhere.test/')).toMatchObject({ code: 'target_unresolvable' });
  });

  it('when private targets are allowed, then loopback and private names pass but only http and https do', async () => {
    const client = createOutboundClient(policy({ allowPrivate: true }));
    expect(await client.vet('http://127.0.0.1:3000/')).toBeNull();
    expect(await client.vet('http://rebind.test/')).toBeNull();
    expect(await client.vet('ftp://127.0.0.1/')).toMatchObject({ code: 'invalid_url' });
  });

  it('when a target is allowed by host and port, then only that exact target passes, the port defaulted from the scheme', async () => {
    const client = createOutboundClient(policy({ allowedTargets: ['127.0.0.1:8080', 'Receiver.Test:80'] }));
    expect(await client.vet('http://127.0.0.1:8080/x')).toBeNull();
    expect(await client.vet('http://127.0.0.1:8081/x')).toMatchObject({ code: 'target_forbidden' });
    expect(await client.vet('http://RECEIVER.test/')).toBeNull();
    expect(await client.vet('https://receiver.test/')).toMatchObject({ code: 'target_forbidden' });
  });
});

describe('isBlockedAddress', () => {
  it('when an IPv6 address carries an IPv4 one, then the IPv4 address decides', () => {
    expect(isBlockedAddress('::ffff:7f00:1')).toBe(true);
    expect(isBlockedAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isBlockedAddress(`::ffff:${PUBLIC_IP}`)).toBe(false);
    expect(isBlockedAddress('64:ff9b::a9fe:a9fe')).toBe(true);
    expect(isBlockedAddress('64:ff9b::8.8.8.8')).toBe(false);
  });

  it('when an address is public, then it is not blocked; reserved ranges and nonsense are', () => {
    expect(isBlockedAddress('8.8.8.8')).toBe(false);
    expect(isBlockedAddress('2606:4700::1111')).toBe(false);
    for (const address of ['::', '::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1', '100::1', '198.18.0.1', '192.0.2.1', '203.0.113.9', 'example']) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });
});

describe('post', () => {
  it('when the receiver is on loopback and private targets are not allowed, then it is target_forbidden and nothing is sent', async () => {
    const receiver = await startReceiver();
    const outcome = await createOutboundClient(policy()).post(`${receiver.origin}/hook`, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'target_forbidden' } });
    expect(receiver.received).toEqual([]);
  });

  it('when the receiver is an allowed target, then the body and headers arrive intact and its answer is reported', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(202).end('accepted'));
    const client = createOutboundClient(policy({ allowedTargets: [`127.0.0.1:${receiver.port}`] }));
    const outcome = await client.post(`${receiver.origin}/hook?a=1`, delivery);
    expect(outcome).toMatchObject({ ok: true, response: { status: 202, excerpt: 'accepted', url: `${receiver.origin}/hook?a=1` } });
    expect(outcome.ok && outcome.response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ method: 'POST', url: '/hook?a=1', body: delivery.body });
    expect(receiver.received[0]?.headers).toMatchObject({ ...delivery.headers, host: `127.0.0.1:${receiver.port}` });
  });

  it('when the host is a name, then the connection goes to the address our resolver vetted and Host keeps the name', async () => {
    const receiver = await startReceiver();
    const outcome = await createOutboundClient(policy({ allowPrivate: true })).post(`http://receiver.test:${receiver.port}/`, delivery);
    expect(outcome).toMatchObject({ ok: true, response: { status: 200, excerpt: 'ok' } });
    expect(receiver.received[0]?.headers.host).toBe(`receiver.test:${receiver.port}`);
  });

  it('when an allowed target redirects to another loopback port, then the redirect is refused and the second receiver sees nothing', async () => {
    const second = await startReceiver();
    const first = await startReceiver(redirectTo(`${second.origin}/internal`));
    const client = createOutboundClient(policy({ allowedTargets: [`127.0.0.1:${first.port}`] }));
    const outcome = await client.post(`${first.origin}/hook`, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'target_forbidden' } });
    expect(first.received).toHaveLength(1);
    expect(second.received).toEqual([]);
  });

  it('when private targets are allowed, then a redirect is followed and the same body and headers are posted again', async () => {
    const second = await startReceiver((_req, res) => res.writeHead(201).end('created'));
    const first = await startReceiver(redirectTo(`${second.origin}/moved`, 308));
    const outcome = await createOutboundClient(policy({ allowPrivate: true })).post(`${first.origin}/hook`, delivery);
    expect(outcome).toMatchObject({ ok: true, response: { status: 201, excerpt: 'created', url: `${second.origin}/moved` } });
    expect(second.received).toHaveLength(1);
    expect(second.received[0]).toMatchObject({ method: 'POST', url: '/moved', body: delivery.body, headers: delivery.headers });
  });

  it('when a receiver redirects three times, then the fourth answer is reported; a fourth redirect is too_many_redirects', async () => {
    // /hop/N redirects to /hop/N-1; /hop/0 answers.
    const receiver = await startReceiver((req, res) => {
      const left = Number(req.url?.split('/')[2]);
      if (left > 0) res.writeHead(302, { location: `/hop/${left - 1}` }).end();
      else res.end('arrived');
    });
    const client = createOutboundClient(policy({ allowPrivate: true }));
    expect(await client.post(`${receiver.origin}/hop/3`, delivery)).toMatchObject({ ok: true, response: { excerpt: 'arrived' } });
    expect(receiver.received).toHaveLength(4);
    receiver.received.length = 0;
    expect(await client.post(`${receiver.origin}/hop/4`, delivery)).toMatchObject({ ok: false, failure: { code: 'too_many_redirects' } });
    expect(receiver.received.map(({ url }) => url)).toEqual(['/hop/4', '/hop/3', '/hop/2', '/hop/1']);
  });

  it('when a redirect points to a scheme other than http or https, then it is invalid_url', async () => {
    const receiver = await startReceiver(redirectTo('file:///etc/passwd', 301));
    const outcome = await createOutboundClient(policy({ allowPrivate: true })).post(receiver.origin, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'invalid_url' } });
  });

  it('when the receiver never answers, then it is a timeout', async () => {
    const receiver = await startReceiver(() => undefined);
    const outcome = await createOutboundClient(policy({ allowPrivate: true, timeoutMs: 300 })).post(receiver.origin, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'timeout' } });
    expect(receiver.received).toHaveLength(1);
  });

  it('when the receiver sends its status but never finishes a short body, then it is a timeout too', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(200).write('partial'));
    const outcome = await createOutboundClient(policy({ allowPrivate: true, timeoutMs: 300 })).post(receiver.origin, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'timeout' } });
  });

  it('when the answer is long, then the excerpt is its first 1024 characters and the rest is not awaited', async () => {
    // The body is written but never ended: the excerpt must come from the first 1024 characters alone.
    const receiver = await startReceiver((_req, res) => res.writeHead(200).write(`${'é'.repeat(1000)}${'x'.repeat(100_000)}`));
    const outcome = await createOutboundClient(policy({ allowPrivate: true })).post(receiver.origin, delivery);
    expect(outcome).toMatchObject({ ok: true, response: { status: 200, excerpt: `${'é'.repeat(1000)}${'x'.repeat(24)}` } });
  });

  it('when nothing listens on the port, then it is connection_failed', async () => {
    const receiver = await startReceiver();
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const outcome = await createOutboundClient(policy({ allowPrivate: true })).post(receiver.origin, delivery);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'connection_failed' } });
  });
});
