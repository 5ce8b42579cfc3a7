import { BlockList, isIPv4, isIPv6 } from 'node:net';

// Every range that is not the public internet: private, loopback, link-local (cloud metadata at
// 169.254.169.254), carrier-grade NAT, benchmarking, documentation, multicast and reserved.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
blocked.addAddress('255.255.255.255', 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  // IPv4-compatible addresses (deprecated, ::a.b.c.d): nothing public lives there.
  ['::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
  // Local-use NAT64 (RFC 8215): translates into a private network by definition.
  ['64:ff9b:1::', 48],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (any spelling, including a trailing dotted quad). */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad?.[1]) {
    if (!isIPv4(quad[1])) return null;
    const [a, b, c, d] = quad[1].split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail, ...rest] = text.split('::');
  if (rest.length > 0) return null;
  const split = (part: string) => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)));
  const front = split(head);
  const back = tail === undefined ? [] : split(tail);
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

function embeddedIPv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * True unless the address is on the public internet. An IPv6 address that carries an IPv4 one
 * is unwrapped here rather than left to BlockList (whose handling of mapped addresses is not
 * documented): IPv4-mapped ::ffff:a.b.c.d, however it is spelled, or NAT64 64:ff9b::/96, is judged
 * by the IPv4 address it reaches. Anything that does not parse as an address is blocked.
 */
export function isBlockedAddress(address: string): boolean {
  if (isIPv4(address)) return blocked.check(address, 'ipv4');
  // A zone id (fe80::1%eth0) only ever accompanies link-local addresses, blocked below anyway.
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return true;
  const groups = ipv6Groups(bare);
  if (!groups || groups.length !== 8) return true;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) {
    return blocked.check(embeddedIPv4(g6, g7), 'ipv4');
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return blocked.check(embeddedIPv4(g6, g7), 'ipv4');
  }
  return blocked.check(bare, 'ipv6');
}
