import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Storage, StoredKey } from './types.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Another S3-compatible service than AWS's own (MinIO, R2, a test server). */
  endpoint?: string | undefined;
  /** Unset: the SDK's own credential chain. */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
}

// DeleteObjects takes at most 1,000 keys per request.
const DELETE_BATCH = 1_000;

const isMissing = (err: unknown) =>
  err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404);

/** The driver for production: any S3-compatible service, configured by STORAGE_DRIVER=s3 and S3_*. */
export function s3Storage(options: S3StorageOptions): Storage {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.accessKeyId ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey ?? '' } } : {}),
    // Checksums only where an operation requires them: newer SDKs otherwise send every body
    // aws-chunked with a trailing checksum, which many S3-compatible servers do not understand.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  async function writtenAt(key: string): Promise<Date | null> {
    try {
      return (await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).LastModified ?? null;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  return {
    driver: 's3',

    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },

    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const bytes = await res.Body!.transformToByteArray();
        return { body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: res.ContentType ?? 'application/octet-stream' };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },

    async delete(keys, { writtenBefore } = {}) {
      // S3 has no "delete if older than": each key is looked at again just before, which narrows the
      // race with a concurrent put of the same key to the moment between the two requests.
      let doomed = keys;
      if (writtenBefore) {
        const times = await Promise.all(keys.map(writtenAt));
        doomed = keys.filter((_, i) => times[i] !== null && times[i]! < writtenBefore);
      }
      for (let from = 0; from < doomed.length; from += DELETE_BATCH) {
        const batch = doomed.slice(from, from + DELETE_BATCH);
        const res = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        const failed = (res.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
        if (failed.length) throw new Error(`S3 refused to delete ${failed.length} object(s), e.g. ${failed[0]!.Key}: ${failed[0]!.Code}`);
      }
    },

    async list(prefix, { after, limit }): Promise<StoredKey[]> {
      // The first ListObjects: its Marker is "start after this key", which is all paging needs here,
      // and every S3-compatible server has it (s3rver's ListObjectsV2 cannot page on OpenSSL 3).
      const res = await client.send(new ListObjectsCommand({ Bucket: bucket, Prefix: prefix, MaxKeys: limit, ...(after === undefined ? {} : { Marker: after }) }));
      return (res.Contents ?? []).map((o) => ({ key: o.Key!, writtenAt: o.LastModified ?? new Date(0) }));
    },

    close() {
      client.destroy();
      return Promise.resolve();
    },
  };
}
