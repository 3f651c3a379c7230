import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startClamd, type ClamdProcess } from '../../../tests/fixtures/clamav/clamd.js';
import type { Config } from '../../server/config.js';
import { Invalid, Unavailable } from '../../server/errors.js';
import { createAttachmentFiles } from './attachments.js';
import { eicar, sampleElf, samplePdf, samplePe, samplePng } from './test-fixtures.js';

type AttachmentsConfig = Config['attachments'];

function storedFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-attachments-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function local(overrides: Partial<AttachmentsConfig> = {}): AttachmentsConfig {
  return { maxBytes: 1024 * 1024, store: { kind: 'local', dir }, clamd: undefined, ...overrides };
}

describe('accepting an attachment', () => {
  it('stores a PDF under its SHA-256 and reads it back', async () => {
    const files = createAttachmentFiles(local());
    const content = samplePdf();
    const stored = await files.accept({ filename: 'Entscheidung Nr. 7.pdf', content });
    expect(stored).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: content.length, mediaType: 'application/pdf', filename: 'Entscheidung Nr. 7.pdf' });
    expect(storedFiles(dir)).toEqual([stored.sha256]);
    expect((await files.read(stored.sha256)).equals(content)).toBe(true);
  });

  it('keeps the same content once when it is attached twice', async () => {
    const files = createAttachmentFiles(local());
    const first = await files.accept({ filename: 'a.png', content: samplePng() });
    const second = await files.accept({ filename: 'b.png', content: samplePng() });
    expect(second.sha256).toBe(first.sha256);
    expect(storedFiles(dir)).toEqual([first.sha256]);
  });

  it('records the sniffed type, not the name: a PNG sent as .pdf is a PNG', async () => {
    const stored = await createAttachmentFiles(local()).accept({ filename: 'C:\\scans\\scan.pdf', content: samplePng() });
    expect(stored).toMatchObject({ mediaType: 'image/png', filename: 'scan.pdf.png' });
  });
});

describe('refusing an attachment, with nothing stored', () => {
  it('refuses a file over the size limit, naming the limit in MB', async () => {
    const files = createAttachmentFiles(local({ maxBytes: 512 * 1024 }));
    const refusal = files.accept({ filename: 'big.txt', content: Buffer.alloc(512 * 1024 + 1, 'a') });
    await expect(refusal).rejects.toBeInstanceOf(Invalid);
    await expect(refusal).rejects.toMatchObject({ code: 'attachment-too-large', params: { maxMb: 0.5 } });
    expect(await files.accept({ filename: 'limit.txt', content: Buffer.alloc(512 * 1024, 'a') })).toMatchObject({ mediaType: 'text/plain' });
    expect(storedFiles(dir)).toHaveLength(1);
  });

  it('refuses an empty file', async () => {
    await expect(createAttachmentFiles(local()).accept({ filename: 'empty.pdf', content: Buffer.alloc(0) })).rejects.toMatchObject({ code: 'attachment-empty' });
    expect(storedFiles(dir)).toEqual([]);
  });

  it('refuses a forbidden type and renamed executables, naming the file', async () => {
    const files = createAttachmentFiles(local());
    await expect(files.accept({ filename: 'page.html', content: Buffer.from('<html><script>x()</script></html>') })).rejects.toMatchObject({
      code: 'attachment-type-not-allowed',
      params: { filename: 'page.html' },
    });
    await expect(files.accept({ filename: 'report.pdf', content: sampleElf() })).rejects.toMatchObject({ code: 'attachment-type-not-allowed', params: { filename: 'report.pdf' } });
    await expect(files.accept({ filename: 'report.pdf', content: samplePe() })).rejects.toMatchObject({ code: 'attachment-type-not-allowed' });
    expect(storedFiles(dir)).toEqual([]);
  });
});

describe('scanning with a real clamd', () => {
  let clamd: ClamdProcess;
  beforeAll(async () => {
    clamd = await startClamd();
  });
  afterAll(async () => {
    await clamd?.stop();
  });

  function scanned(): AttachmentsConfig {
    return local({ clamd: { host: clamd.host, port: clamd.port, timeoutMs: 10_000 } });
  }

  it('refuses the EICAR test file as infected and stores nothing', async () => {
    const refusal = createAttachmentFiles(scanned()).accept({ filename: 'notes.txt', content: eicar() });
    await expect(refusal).rejects.toBeInstanceOf(Invalid);
    await expect(refusal).rejects.toMatchObject({ code: 'attachment-infected', params: { filename: 'notes.txt' }, extensions: { signature: expect.stringMatching(/^Eicar-Test-Signature/) } });
    expect(storedFiles(dir)).toEqual([]);
  });

  it('accepts a clean PDF', async () => {
    const stored = await createAttachmentFiles(scanned()).accept({ filename: 'clean.pdf', content: samplePdf() });
    expect(stored.mediaType).toBe('application/pdf');
    expect(storedFiles(dir)).toEqual([stored.sha256]);
  });

  it('refuses every upload as scanner-unavailable once clamd is stopped, never storing it unscanned', async () => {
    const files = createAttachmentFiles(scanned());
    await clamd.stop();
    const refusal = files.accept({ filename: 'clean.pdf', content: samplePdf() });
    await expect(refusal).rejects.toBeInstanceOf(Unavailable);
    await expect(refusal).rejects.toMatchObject({ code: 'scanner-unavailable', status: 503 });
    expect(storedFiles(dir)).toEqual([]);
  });
});
