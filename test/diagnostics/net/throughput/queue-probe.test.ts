import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectProbe } from '../../../../diagnostics/net/throughput/queue-probe.js';

// The probe's plumbing on loopback: real connections, no queue. Whether a figure means "full" is
// the controller's rule (adaptive.test.ts), so only null/non-null and cleanup are asserted here.

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listen(): Promise<{ port: number; accepted: () => number }> {
  let n = 0;
  const server = net.createServer((sock) => {
    n++;
    sock.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, accepted: () => n };
}

/** Waits until `ok()` holds (the probe's connections finish on their own time); at most 5 s. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('ConnectProbe', () => {
  it('has nothing to say before a second probe, then gives the extra delay of the latest', async () => {
    const { port, accepted } = await listen();
    const probe = new ConnectProbe(new URL(`http://127.0.0.1:${port}/big`));
    probe.start();
    expect(probe.queueDelay()).toBeNull();
    await until(() => accepted() === 1);
    probe.start();
    // While it waits, the delay is what it has waited so far: a number, never null.
    expect(probe.queueDelay()).not.toBeNull();
    // Connected: the figure no longer grows with the clock.
    const later = (): number => performance.now() + 10_000;
    await until(() => probe.queueDelay(later()) === probe.queueDelay());
    expect(accepted()).toBe(2);
    expect(probe.queueDelay(later())).toBe(probe.queueDelay());
    expect(probe.queueDelay()).toBeLessThan(5000);
    probe.close();
  });

  it('says nothing once the server refuses the loaded probe', async () => {
    const { port, accepted } = await listen();
    const probe = new ConnectProbe(new URL(`http://127.0.0.1:${port}/`));
    probe.start();
    await until(() => accepted() === 1);
    await new Promise((r) => servers.pop()!.close(r));
    probe.start();
    // Waiting it has a lower bound; refused it has nothing to say about the queue.
    expect(probe.queueDelay()).not.toBeNull();
    await until(() => probe.queueDelay() === null);
    expect(probe.queueDelay()).toBeNull();
    probe.close();
  });
});
