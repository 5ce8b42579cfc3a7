// The practical upper limit of the machine: node:http answering a small JSON body from memory, no
// framework, no I/O. Every ratio in the table is a variant's req/s over this server's, measured in the
// same run. The body has the size and shape of one product (about 400 bytes), so the ratio compares
// like with like.
import { createServer } from 'node:http';

const body = JSON.stringify({
  id: '0194f3c2-7d1e-7b3a-9c4f-2a6b8e1d5f70',
  ownerId: '0194f3c2-7d1e-7b3a-9c4f-2a6b8e1d5f71',
  name: 'Stainless steel water bottle, 750 ml',
  description: 'Double-walled, keeps drinks cold for 24 hours and hot for 12. Dishwasher safe lid.',
  sku: 'SW-000123',
  price: '24.90',
  currency: 'USD',
  stock: 120,
  status: 'active',
  version: 3,
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:30:00.000Z',
});
const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) };

// GET /sized/<bytes>: the same server answering a body of that many bytes (products and padding), so
// that a row with a bigger body (a list page, a picture) can be set beside the most node:http does
// with as many bytes to write. Made once per size.
const sized = new Map();
function sizedAnswer(bytes) {
  let answer = sized.get(bytes);
  if (!answer) {
    const count = Math.max(0, Math.floor((bytes - 24) / (Buffer.byteLength(body) + 1)));
    const shell = (pad) => `{"data":[${Array(count).fill(body).join(',')}],"pad":"${pad}"}`;
    const sizedBody = shell('x'.repeat(Math.max(0, bytes - Buffer.byteLength(shell('')))));
    answer = { body: sizedBody, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(sizedBody) } };
    sized.set(bytes, answer);
  }
  return answer;
}

const port = Number(process.argv[2] ?? 5081);
const server = createServer((req, res) => {
  if (req.url.startsWith('/sized/')) {
    const answer = sizedAnswer(Math.min(1_000_000, Number(req.url.slice('/sized/'.length)) || 0));
    res.writeHead(200, answer.headers);
    res.end(answer.body);
    return;
  }
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
