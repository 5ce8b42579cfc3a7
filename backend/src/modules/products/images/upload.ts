import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { imageRequired, imageTooLarge } from './problems.js';

// What a multipart body carries besides the file: boundaries and part headers. A declared
// Content-Length beyond the limit plus this cannot hold an acceptable picture.
const MULTIPART_SLACK = 16 * 1024;

/**
 * Reads the one picture of a multipart/form-data upload (field `file`) into memory, at most
 * `maxBytes` of it. Past the limit the upload is refused (413) as soon as it is known: at once when
 * Content-Length says so (the body is never read, and the connection is closed after the answer),
 * else when the file passes the limit. Other fields and other files are ignored.
 */
export function readUpload(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) return Promise.reject(imageRequired());
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_SLACK) return Promise.reject(imageTooLarge(maxBytes, { closeConnection: true }));

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 21 } });
    } catch {
      reject(imageRequired());
      return;
    }
    const chunks: Buffer[] = [];
    let received = false;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    parser.on('file', (name, stream) => {
      if (name !== 'file' || received) {
        stream.resume();
        return;
      }
      received = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        chunks.length = 0;
        // Without a declared length the rest could be endless: stop reading and close after the
        // answer. With one, the rest is at most MULTIPART_SLACK, read (and dropped) by the parser.
        if (Number.isFinite(declared)) fail(imageTooLarge(maxBytes));
        else {
          req.unpipe(parser);
          fail(imageTooLarge(maxBytes, { closeConnection: true }));
        }
      });
    });
    parser.on('error', () => fail(imageRequired()));
    parser.on('close', () => {
      if (!received || chunks.length === 0) fail(imageRequired());
      else if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('aborted', () => fail(imageRequired()));
    req.pipe(parser);
  });
}
