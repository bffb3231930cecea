import net from 'node:net';

/** A TCP listener on 127.0.0.1 at a random port, and how to stop it. */
export interface Listener {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (random port) and hands every connection to `onConnection`. */
export async function listenLoopback(onConnection: (socket: net.Socket) => void): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    onConnection(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on: bound once to get a free number, then released. */
export async function closedLoopbackPort(): Promise<number> {
  const l = await listenLoopback(() => undefined);
  await l.close();
  return l.port;
}

/** Sends `bytes` to every client on connect, `times` times, `everyMs` apart (like an ICA listener). */
export function greeter(bytes: Uint8Array, times = 1, everyMs = 20): (s: net.Socket) => void {
  return (s) => {
    let sent = 0;
    const send = (): void => {
      if (s.destroyed || sent >= times) return;
      s.write(bytes);
      sent++;
      setTimeout(send, everyMs);
    };
    send();
  };
}
