import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICA_DETECT } from '../../../../diagnostics/net/citrix/ica-banner.js';
import { checkSessionPort, judgeSessionPort, protocolForPort } from '../../../../diagnostics/net/citrix/session-port.js';
import type { TcpProbe } from '../../../../diagnostics/net/tcp/connect.js';
import { closedLoopbackPort, greeter, type Listener, listenLoopback } from '../tcp/loopback-listeners.js';

// Real listeners on 127.0.0.1 at random ports: an ICA-like greeter, a silent one (as CGP is),
// one that greets like SSH, and a port nothing listens on.
let ica: Listener;
let silent: Listener;
let ssh: Listener;
let closedPort: number;

beforeAll(async () => {
  ica = await listenLoopback(greeter(ICA_DETECT, 5, 100));
  silent = await listenLoopback(() => undefined);
  ssh = await listenLoopback(greeter(Buffer.from('SSH-2.0-OpenSSH_9.6\r\n')));
  closedPort = await closedLoopbackPort();
});
afterAll(async () => {
  await Promise.all([ica, silent, ssh].map((l) => l.close()));
});

describe('Citrix session ports on loopback', () => {
  it('verifies an ICA listener by its greeting', async () => {
    const r = await checkSessionPort('127.0.0.1', ica.port, { timeoutMs: 2000, protocol: 'ica' });
    expect(r.verdict).toBe('ica');
    expect(r.tcp.banner).toBe('\\x7f\\x7fICA\\x00');
  });

  it('reports a silent CGP-style listener as open-unverified, and a silent "ICA" port too', async () => {
    expect((await checkSessionPort('127.0.0.1', silent.port, { timeoutMs: 2000, protocol: 'cgp', greetingWaitMs: 200 })).verdict).toBe('open-unverified');
    expect((await checkSessionPort('127.0.0.1', silent.port, { timeoutMs: 2000, protocol: 'ica', greetingWaitMs: 200 })).verdict).toBe('open-unverified');
  });

  it('reports another service on the port as not-ica', async () => {
    const r = await checkSessionPort('127.0.0.1', ssh.port, { timeoutMs: 2000, protocol: 'ica' });
    expect(r.verdict).toBe('not-ica');
    expect(r.tcp.banner).toBe('SSH-2.0-OpenSSH_9.6\\x0d\\x0a');
  });

  it('reports a closed port as unreachable, keeping the TCP facts', async () => {
    const r = await checkSessionPort('127.0.0.1', closedPort, { timeoutMs: 2000, protocol: 'cgp' });
    expect(r).toMatchObject({ protocol: 'cgp', verdict: 'unreachable', tcp: { state: 'refused', code: 'ECONNREFUSED' } });
  });

  it('takes 2598 for CGP and every other port for ICA', () => {
    expect(protocolForPort(2598)).toBe('cgp');
    expect(protocolForPort(1494)).toBe('ica');
    expect(protocolForPort(443)).toBe('ica');
  });

  it('judges a finished probe without a network', () => {
    const base: TcpProbe = { host: '192.0.2.10', port: 2598, state: 'open', connectMs: 12, address: '192.0.2.10', code: null, banner: null };
    expect(judgeSessionPort(base, 'cgp')).toBe('open-unverified');
    expect(judgeSessionPort({ ...base, banner: '220 smtp ready' }, 'cgp')).toBe('not-ica');
    expect(judgeSessionPort({ ...base, state: 'timeout', connectMs: null }, 'cgp')).toBe('unreachable');
  });
});
