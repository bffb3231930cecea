import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBody } from '../../../../diagnostics/net/throughput/http-upload.js';

// An upload body waits for 'drain' after nearly every 64 kB piece (a request's buffer holds 16 kB);
// each wait also listened for 'close' and left that listener behind when 'drain' came first, so a
// few hundred kB piled up more than ten of them on one request (MaxListenersExceededWarning in the
// unit run). A real request to a loopback server that reads the whole body and answers.
describe('upload bodies leave no listeners behind', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('writes a 2 MB body with as many close and drain listeners as before it began', async () => {
    const size = 32 * 64 * 1024;
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-length': size } });
    const answered = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    const before = { close: req.listenerCount('close'), drain: req.listenerCount('drain') };
    let peakClose = before.close;
    let written = 0;
    await writeBody(req, size, (bytes) => {
      written += bytes;
      peakClose = Math.max(peakClose, req.listenerCount('close'));
    });
    expect(await answered).toBe(200);
    expect(written).toBe(size);
    // At most the one wait in progress at any time, none once the body is written.
    expect(peakClose).toBeLessThanOrEqual(before.close + 1);
    expect({ close: req.listenerCount('close'), drain: req.listenerCount('drain') }).toEqual(before);
  });
});
