import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFound } from '../../server/errors.js';
import { sha256Hex } from './address.js';
import { createS3Store } from './s3-store.js';
import { samplePdf, samplePng } from './test-fixtures.js';

/** s3rver (a real S3 HTTP API on local disk) ships no types; this is what the test uses. */
interface S3rver {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: { address: string; port: number; silent: boolean; directory: string }) => S3rver;
const S3rverServer = createRequire(import.meta.url)('s3rver') as S3rverClass;

describe('the S3 blob store, against s3rver', () => {
  const bucket = 'openimi-attachments';
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  let dir: string;
  let server: S3rver;
  let endpoint: string;
  let admin: S3Client;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-s3rver-'));
    server = new S3rverServer({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    admin = new S3Client({ endpoint, region: 'eu-central-1', forcePathStyle: true, credentials });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  afterAll(async () => {
    admin?.destroy();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function store() {
    return createS3Store({ kind: 's3', endpoint, region: 'eu-central-1', bucket, forcePathStyle: true, ...credentials });
  }

  async function keys(): Promise<string[]> {
    const listed = await admin.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  }

  it('keeps content under sha256/<hash>, once, and reads it back', async () => {
    const s3 = store();
    const pdf = samplePdf('in a bucket');
    const png = samplePng();
    expect(await s3.has(sha256Hex(pdf))).toBe(false);
    await s3.put(sha256Hex(pdf), pdf);
    await s3.put(sha256Hex(pdf), pdf);
    await s3.put(sha256Hex(png), png);
    expect(await keys()).toEqual([`sha256/${sha256Hex(pdf)}`, `sha256/${sha256Hex(png)}`].sort());
    expect(await s3.has(sha256Hex(pdf))).toBe(true);
    expect((await s3.get(sha256Hex(pdf))).equals(pdf)).toBe(true);
    expect((await s3.get(sha256Hex(png))).equals(png)).toBe(true);
  });

  it('answers NotFound for content it does not have', async () => {
    await expect(store().get(sha256Hex(Buffer.from('never stored')))).rejects.toBeInstanceOf(NotFound);
  });
});
