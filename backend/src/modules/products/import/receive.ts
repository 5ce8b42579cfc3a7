import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { importFileRequired, importTooLarge } from './problems.js';

// What a multipart body carries besides the file: boundaries and part headers.
const MULTIPART_SLACK = 16 * 1024;

/**
 * Hands the one file of a multipart/form-data upload (field `file`) to `consume` as a stream, and
 * resolves with what it returns once the whole request is read. Past `maxBytes` the upload is
 * refused (413) as soon as it is known, as images/upload.ts does: at once when Content-Length says
 * so, else when the file passes the limit: the stream handed over then ends early with `truncated`
 * set (its consumer refuses it), or fails with the refusal when the request has no declared length.
 */
export function receiveFile<T>(req: IncomingMessage, maxBytes: number, consume: (file: Readable, filename: string) => Promise<T>): Promise<T> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) return Promise.reject(importFileRequired());
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_SLACK) return Promise.reject(importTooLarge(maxBytes, { closeConnection: true }));

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // One byte beyond: busboy reports its limit on reaching it, and a file of exactly maxBytes is accepted.
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 20, parts: 21 } });
    } catch {
      reject(importFileRequired());
      return;
    }
    let consumed: Promise<T> | null = null;
    let file: Readable | null = null;
    let failure: Error | null = null;
    // The body broke off (or is not multipart after all): the file handed over ends with the
    // refusal, so that its consumer stops too.
    const fail = (err: Error) => {
      failure ??= err;
      file?.destroy(err);
    };
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || consumed) {
        stream.resume();
        return;
      }
      file = stream;
      consumed = consume(stream, info.filename ?? 'upload.csv');
      // Settled below, once the request is read; never left unhandled meanwhile.
      consumed.catch(() => {});
      stream.on('limit', () => {
        // With a declared length the rest is at most MULTIPART_SLACK: the parser reads (and drops)
        // it, and the stream ends `truncated`, which the consumer refuses. Without one the rest could
        // be endless: stop reading, fail the stream, and close the connection after the answer.
        if (Number.isFinite(declared)) return;
        req.unpipe(parser);
        stream.destroy(importTooLarge(maxBytes, { closeConnection: true }));
        finish();
      });
    });
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      if (!consumed) {
        reject(failure ?? importFileRequired());
        return;
      }
      consumed.then((value) => (failure ? reject(failure) : resolve(value)), reject);
    };
    parser.on('error', () => {
      fail(importFileRequired());
      finish();
    });
    parser.on('close', finish);
    req.on('aborted', () => {
      fail(importFileRequired());
      finish();
    });
    req.pipe(parser);
  });
}
