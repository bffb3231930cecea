import { createServer as createHttpServer, type RequestListener, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type LookupFunction, type Server, type Socket } from 'node:net';
import type { LookupAddress } from 'node:dns';

// Servers for the HTTP tests, all bound to 127.0.0.1 on a random port, and a resolver that maps
// test names to loopback. The resolver matters: the system's would ask the configured DNS server
// (not loopback) about unknown names, and these tests must send nothing beyond loopback.

/** A started server with its port, how many HTTP requests it saw, and a stop function. */
export interface Loopback {
  readonly port: number;
  readonly requests: () => number;
  readonly close: () => Promise<void>;
}

function track(server: Server | HttpServer, counter: { n: number }): Promise<Loopback> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        requests: () => counter.n,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** An HTTPS server with the given PEM certificate (chain) and key. */
export function startHttps(cert: string, key: string, handler: RequestListener): Promise<Loopback> {
  const counter = { n: 0 };
  const server = createHttpsServer({ cert, key }, (req, res) => {
    counter.n++;
    handler(req, res);
  });
  return track(server, counter);
}

/** A plain HTTP server. */
export function startHttp(handler: RequestListener): Promise<Loopback> {
  const counter = { n: 0 };
  const server = createHttpServer((req, res) => {
    counter.n++;
    handler(req, res);
  });
  return track(server, counter);
}

/** Accepts TCP connections and never says a word: a stuck server or a black-holing middlebox. */
export function startSilent(): Promise<Loopback> {
  return track(createNetServer(() => undefined), { n: 0 });
}

/** Accepts TCP connections and runs `onSocket` on each raw socket. */
export function startRaw(onSocket: (s: Socket) => void): Promise<Loopback> {
  return track(createNetServer(onSocket), { n: 0 });
}

/** A port that was just free: listened on, then closed, so connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = await startSilent();
  await server.close();
  return server.port;
}

/**
 * A resolver: names in `hosts` answer with their address after `delayMs`; anything else fails
 * the way getaddrinfo does for a name that does not exist (ENOTFOUND), e.g. RFC 6761 `.invalid`.
 * `hang` names never answer, to test a DNS timeout.
 */
export function fakeLookup(hosts: Readonly<Record<string, string>>, opts: { delayMs?: number; hang?: readonly string[] } = {}): LookupFunction {
  return (hostname, options, callback) => {
    if (opts.hang?.includes(hostname)) return;
    setTimeout(() => {
      const address = hosts[hostname];
      if (address === undefined) {
        const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
          code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname,
        });
        return callback(err, '', 0);
      }
      const family = address.includes(':') ? 6 : 4;
      if (options.all) return callback(null, [{ address, family } satisfies LookupAddress]);
      callback(null, address, family);
    }, opts.delayMs ?? 5);
  };
}
