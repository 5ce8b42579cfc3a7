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

const port = Number(process.argv[2] ?? 5081);
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
