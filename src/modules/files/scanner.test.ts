import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClamd, type ClamdProcess } from '../../../tests/fixtures/clamav/clamd.js';
import { freePort } from '../../../tests/support/process.js';
import { Unavailable } from '../../server/errors.js';
import { createClamdScanner } from './scanner.js';
import { eicar, samplePdf } from './test-fixtures.js';

describe('the ClamAV scanner, against a real clamd', () => {
  let clamd: ClamdProcess;
  beforeAll(async () => {
    clamd = await startClamd();
  });
  afterAll(async () => {
    await clamd?.stop();
  });

  it('finds the EICAR test file over TCP and over the Unix socket', async () => {
    for (const config of [{ host: clamd.host, port: clamd.port, timeoutMs: 10_000 }, { socket: clamd.socket, timeoutMs: 10_000 }]) {
      const verdict = await createClamdScanner(config).scan(eicar());
      expect(verdict).toEqual({ infected: true, signature: expect.stringMatching(/^Eicar-Test-Signature/) });
    }
  });

  it('passes clean files, including ones larger than one stream chunk', async () => {
    const scanner = createClamdScanner({ host: clamd.host, port: clamd.port, timeoutMs: 10_000 });
    expect(await scanner.scan(samplePdf())).toEqual({ infected: false });
    expect(await scanner.scan(Buffer.alloc(300_000, 'a'))).toEqual({ infected: false });
  });
});

describe('the ClamAV scanner, when clamd cannot answer', () => {
  it('is unavailable when nothing listens on the configured port', async () => {
    const scanner = createClamdScanner({ host: '127.0.0.1', port: await freePort(), timeoutMs: 2000 });
    await expect(scanner.scan(samplePdf())).rejects.toMatchObject({ constructor: Unavailable, code: 'scanner-unavailable' });
  });

  it('is unavailable when the configured socket does not exist', async () => {
    const scanner = createClamdScanner({ socket: '/nonexistent/clamd.sock', timeoutMs: 2000 });
    await expect(scanner.scan(samplePdf())).rejects.toMatchObject({ code: 'scanner-unavailable' });
  });

  it('gives up after the timeout when clamd accepts the file but never answers', async () => {
    const silent = net.createServer({ allowHalfOpen: true }, (socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const scanner = createClamdScanner({ host: '127.0.0.1', port: (silent.address() as net.AddressInfo).port, timeoutMs: 300 });
      const started = Date.now();
      await expect(scanner.scan(samplePdf())).rejects.toMatchObject({ code: 'scanner-unavailable' });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      silent.close();
    }
  });
});
