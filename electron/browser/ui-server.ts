import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BUNDLE_BASE64, type AppEvent } from '../ipc/contract.js';
import { dispatch, type Handlers } from '../ipc/dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../window/csp.js';
import { readStatic } from './static-files.js';

// The browser transport: the same contract as Electron IPC, served to a browser so the real UI
// runs in Chromium against the real engine (end-to-end tests, development without Electron).
// POST /api/invoke/<channel> with a JSON request answers an InvokeResult; GET /api/events is a
// Server-Sent Events stream of AppEvents; everything else is the built UI.

export interface UiServerOptions {
  readonly handlers: Handlers;
  readonly subscribe: (listener: (event: AppEvent) => void) => () => void;
  /** The built renderer (vite's output folder). */
  readonly staticDir: string;
  /** Loopback unless a test must reach it from elsewhere; never a public interface. */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface UiServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Requests larger than this are refused: every request of the contract is tiny… */
const MAX_BODY = 64 * 1024;
/** …but a bundle the user uploads to open (its base64 and a little JSON around it). */
const MAX_UPLOAD_BODY = MAX_BUNDLE_BASE64 + 4096;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets its 413 answer.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the server and resolves once it listens. */
export function startUiServer(o: UiServerOptions): Promise<UiServer> {
  const clients = new Set<ServerResponse>();
  let origin = '';

  const handleInvoke = async (req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> => {
    // A JSON content type cannot be sent cross-site without a CORS preflight, which this server
    // never grants; a foreign Origin is refused outright.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 415, 'text/plain', 'requests must be application/json');
      return;
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      send(res, 403, 'text/plain', 'foreign origin');
      return;
    }
    const text = await readBody(req, channel === 'bundle.open' ? MAX_UPLOAD_BODY : MAX_BODY);
    if (text === null) {
      send(res, 413, 'text/plain', 'request too large');
      return;
    }
    let request: unknown;
    try {
      request = text === '' ? {} : JSON.parse(text);
    } catch {
      send(res, 200, 'application/json', JSON.stringify({ ok: false, error: { code: 'bad-request', message: 'the request is not JSON' } }));
      return;
    }
    const result = await dispatch(o.handlers, channel, request);
    send(res, 200, 'application/json', JSON.stringify(result));
  };

  const handleEvents = (res: ServerResponse): void => {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  };

  const unsubscribe = o.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const c of clients) c.write(frame);
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    // DNS rebinding guard: a page on another name that resolves to us must not reach the API.
    if (req.headers.host !== url.host) {
      send(res, 421, 'text/plain', 'wrong host');
      return;
    }
    const invoke = /^\/api\/invoke\/([A-Za-z.]+)$/.exec(url.pathname);
    if (invoke && req.method === 'POST') {
      handleInvoke(req, res, invoke[1]!).catch((e: unknown) => {
        send(res, 500, 'text/plain', `internal error: ${e instanceof Error ? e.message : String(e)}`);
      });
    } else if (url.pathname === '/api/events' && req.method === 'GET') {
      handleEvents(res);
    } else if (req.method === 'GET' && !url.pathname.startsWith('/api/')) {
      readStatic(o.staticDir, url.pathname).then(
        (file) => (file ? send(res, 200, file.type, file.body) : send(res, 404, 'text/plain', 'not found')),
        () => send(res, 500, 'text/plain', 'cannot read the UI files'),
      );
    } else {
      send(res, 405, 'text/plain', 'not allowed');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = o.host.includes(':') ? `[${o.host}]` : o.host;
      origin = `http://${host}:${port}`;
      resolve({
        url: `${origin}/`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const c of clients) c.end();
            server.close(() => done());
          }),
      });
    });
  });
}
