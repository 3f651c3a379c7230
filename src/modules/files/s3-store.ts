import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../../server/config.js';
import { NotFound } from '../../server/errors.js';
import { assertAddress, assertAddressOf } from './address.js';
import type { BlobStore } from './store.js';

type S3StoreConfig = Extract<Config['attachments']['store'], { kind: 's3' }>;

/** Blobs in an S3-compatible bucket (AWS, MinIO, Ceph, Garage…) under the key `sha256/<hash>`. */
export function objectKey(sha256: string): string {
  assertAddress(sha256);
  return `sha256/${sha256}`;
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.$metadata?.httpStatusCode === 404 || e.name === 'NotFound' || e.name === 'NoSuchKey';
}

export function createS3Store(config: S3StoreConfig): BlobStore {
  const s3 = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
    // The SDK's default extra checksums (CRC32 trailers) are not understood by every
    // S3-compatible store; send and check them only where the API requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;

  async function has(sha256: string): Promise<boolean> {
    try {
      await s3.send(new HeadObjectCommand({ Bucket, Key: objectKey(sha256) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  return {
    has,

    async put(sha256, content) {
      assertAddressOf(sha256, content);
      if (await has(sha256)) return;
      // One PUT is atomic in S3: the object appears whole or not at all.
      await s3.send(new PutObjectCommand({ Bucket, Key: objectKey(sha256), Body: content, ContentLength: content.length, ContentType: 'application/octet-stream' }));
    },

    async get(sha256) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: objectKey(sha256) }));
        if (!object.Body) throw new NotFound();
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (err) {
        if (isNotFound(err)) throw new NotFound();
        throw err;
      }
    },
  };
}
