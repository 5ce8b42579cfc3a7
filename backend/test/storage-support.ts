// The S3-compatible server the s3 storage driver is tested against: s3rver, a stand-in for S3 that
// keeps objects in a folder. Started per test file on a free loopback port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../src/lib/storage/index.js';

export interface TestS3 {
  /** For s3Storage(). */
  options: S3StorageOptions;
  /** The same as environment variables, for createTestApp({ env }). */
  env: Record<string, string>;
  close(): Promise<void>;
}

// s3rver checks request signatures against these fixed credentials.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startTestS3(bucket = 'shelfwise-test'): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'shelfwise-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    options: { bucket, region: 'us-east-1', endpoint, forcePathStyle: true, ...CREDENTIALS },
    env: {
      STORAGE_DRIVER: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
