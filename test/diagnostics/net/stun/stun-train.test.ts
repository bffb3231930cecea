import { afterEach, describe, expect, it } from 'vitest';
import { localAddressTowards, runStunTrain } from '../../../../diagnostics/net/stun/stun-train.js';
import { natMapping, natPresence } from '../../../../diagnostics/net/media/nat-behaviour.js';
import { startStunResponder, type StunResponder } from '../../../support/stun-responder.js';

// Real UDP on loopback only, against the hand-written responder in test/support.

let responders: StunResponder[] = [];
afterEach(async () => {
  await Promise.all(responders.map((r) => r.close()));
  responders = [];
});

const opts = { count: 20, intervalMs: 5, tailMs: 300, signal: new AbortController().signal };

describe('runStunTrain', () => {
  it('gets every answer and the mapped address of its own socket (no NAT on loopback)', async () => {
    const r = await startStunResponder();
    responders.push(r);
    const result = await runStunTrain([{ host: 'localhost', port: r.port, address: '127.0.0.1' }], opts);
    const s = result.servers[0];
    expect(result.error).toBeNull();
    expect(s?.stats).toMatchObject({ sent: 20, received: 20, lossPct: 0 });
    expect(s?.mapped).toEqual({ family: 'IPv4', address: '127.0.0.1', port: result.localPort });
    const local = await localAddressTowards('127.0.0.1', r.port);
    expect(local).toBe('127.0.0.1');
    expect(natPresence({ address: local, port: result.localPort }, s?.mapped ? [s.mapped] : [])).toBe('none');
  });

  it('asks again from the same socket after the idle pause, outside the train’s figures', async () => {
    const r = await startStunResponder();
    responders.push(r);
    const result = await runStunTrain([{ host: '127.0.0.1', port: r.port, address: '127.0.0.1' }], { ...opts, idleMs: 200 });
    const s = result.servers[0];
    expect(s?.stats).toMatchObject({ sent: 20, received: 20 });
    expect(r.requests()).toBe(25); // 20 in the train, 5 after the pause
    expect(s?.mappedAfterIdle).toEqual(s?.mapped); // loopback keeps the port: the mapping "lived"
  });

  it('does not ask again without an idle pause', async () => {
    const r = await startStunResponder();
    responders.push(r);
    const result = await runStunTrain([{ host: '127.0.0.1', port: r.port, address: '127.0.0.1' }], opts);
    expect(r.requests()).toBe(20);
    expect(result.servers[0]?.mappedAfterIdle).toBeNull();
  });

  it('counts the requests the server ignored as lost', async () => {
    const r = await startStunResponder((n) => n % 4 !== 0);
    responders.push(r);
    const result = await runStunTrain([{ host: '127.0.0.1', port: r.port, address: '127.0.0.1' }], opts);
    expect(r.requests()).toBe(20);
    expect(result.servers[0]?.stats).toMatchObject({ sent: 20, received: 15, lossPct: 25 });
  });

  it('asks two servers from one socket: the same mapping towards both', async () => {
    const a = await startStunResponder();
    const b = await startStunResponder();
    responders.push(a, b);
    const result = await runStunTrain(
      [
        { host: 'a', port: a.port, address: '127.0.0.1' },
        { host: 'b', port: b.port, address: '127.0.0.1' },
      ],
      { ...opts, count: 5 },
    );
    expect(result.servers.map((s) => s.stats.received)).toEqual([5, 5]);
    const answers = result.servers.map((s) => ({ server: `${s.address}:${s.port}`, mapped: s.mapped }));
    expect(natMapping(answers)).toBe('endpoint-independent');
  });

  it('sees nothing from a port where no server listens', async () => {
    const r = await startStunResponder();
    const port = r.port;
    await r.close();
    const result = await runStunTrain([{ host: '127.0.0.1', port, address: '127.0.0.1' }], { ...opts, count: 3 });
    expect(result.servers[0]?.stats).toMatchObject({ sent: 3, received: 0, lossPct: 100 });
  });
});

describe('natMapping and natPresence', () => {
  const m = (address: string, port: number) => ({ family: 'IPv4' as const, address, port });
  it('calls a new public port per destination address-dependent', () => {
    expect(natMapping([{ server: 'x', mapped: m('198.51.100.2', 4000) }, { server: 'y', mapped: m('198.51.100.2', 4001) }])).toBe('address-dependent');
  });
  it('cannot tell the mapping from one server', () => {
    expect(natMapping([{ server: 'x', mapped: m('198.51.100.2', 4000) }])).toBe('unknown');
  });
  it('sees a NAT when the server saw another address', () => {
    expect(natPresence({ address: '192.0.2.10', port: 5000 }, [m('198.51.100.2', 5000)])).toBe('present');
    expect(natPresence({ address: null, port: 5000 }, [m('198.51.100.2', 5000)])).toBe('unknown');
  });
});
