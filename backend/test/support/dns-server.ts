import dns2 from 'dns2';

const { Packet } = dns2;

export interface TestDnsServer {
  /** "127.0.0.1:<port>", for WEBHOOK_DNS_SERVERS / the outbound policy's dnsServers. */
  address: string;
  close: () => Promise<void>;
}

/** Records by name: IPv4 addresses answer A questions, IPv6 ones (with a colon) AAAA. */
export type DnsRecords = Record<string, string[]>;

/**
 * A real DNS server on 127.0.0.1 (UDP, dns2) answering only `records` (anything else: NXDOMAIN),
 * so names resolve without the network, to whatever a test needs them to.
 */
export async function startTestDns(records: DnsRecords): Promise<TestDnsServer> {
  const server = dns2.createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    const addresses = question ? records[question.name.toLowerCase()] : undefined;
    if (!question || !addresses) response.header.rcode = Packet.RCODE.NXDOMAIN;
    else {
      for (const address of addresses) {
        const type = address.includes(':') ? Packet.TYPE.AAAA : Packet.TYPE.A;
        if (type === question.type) response.answers.push(Packet.createResourceFromQuestion(question, { type, class: Packet.CLASS.IN, ttl: 1, address }));
      }
    }
    void send(response);
  });
  await server.listen(0, '127.0.0.1');
  return { address: `127.0.0.1:${server.address().port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
