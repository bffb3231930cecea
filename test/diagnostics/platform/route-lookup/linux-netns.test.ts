import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type CommandRunner, type CommandSpec } from '../../../../diagnostics/platform/command.js';
import { routeFor } from '../../../../diagnostics/platform/route-lookup/route-for.js';
import { readVpnFacts } from '../../../../diagnostics/platform/vpn/read-vpn-facts.js';

// The one test against the real tools: `ip -j route get` and `ip -j addr` through the real
// runCommand, inside a network namespace made here with a tun device and a veth uplink, and
// deleted afterwards. Route lookups send no packets; nothing leaves the namespace.

const ns = `hlvpn${randomBytes(3).toString('hex')}`;

// Setup must fail loudly, unlike the engine, which treats failures as data.
async function must(args: readonly string[]): Promise<void> {
  const out = await runCommand({ cmd: 'ip', args, timeoutMs: 10_000 });
  if (out.exitCode !== 0) throw new Error(`ip ${args.join(' ')} failed: ${out.spawnError ?? out.stderr.trim()}`);
}

/** Runs every command of the code under test inside the namespace. */
const inNamespace: CommandRunner = (spec: CommandSpec, signal) =>
  runCommand({ ...spec, cmd: 'ip', args: ['netns', 'exec', ns, spec.cmd, ...spec.args] }, signal);

// Namespaces need Linux and root: elsewhere this says so and skips, except under CI=true.
const canRun = process.platform === 'linux' && process.getuid?.() === 0;
if (!canRun) console.warn('\n!! route-lookup namespace test NOT RUN: it needs Linux and root\n');

describe.skipIf(!canRun && process.env.CI !== 'true')('Linux route lookup and tunnel facts in a real network namespace', () => {
  beforeAll(async () => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      throw new Error('this test needs Linux and root to create a network namespace');
    }
    await must(['netns', 'add', ns]);
    await must(['-n', ns, 'link', 'set', 'lo', 'up']);
    await must(['-n', ns, 'tuntap', 'add', 'dev', 'tun0', 'mode', 'tun']);
    await must(['-n', ns, 'addr', 'add', '198.18.0.2/24', 'dev', 'tun0']);
    await must(['-n', ns, 'link', 'set', 'tun0', 'up']);
    // A split tunnel: the company range goes into the tunnel, everything else to the home router.
    await must(['-n', ns, 'route', 'add', '198.18.0.0/15', 'dev', 'tun0']);
    // A veth pair with both ends inside stands in for the home network card (it needs a peer up).
    await must(['-n', ns, 'link', 'add', 'uplink', 'type', 'veth', 'peer', 'name', 'router']);
    await must(['-n', ns, 'addr', 'add', '192.0.2.10/24', 'dev', 'uplink']);
    await must(['-n', ns, 'link', 'set', 'router', 'up']);
    await must(['-n', ns, 'link', 'set', 'uplink', 'up']);
    await must(['-n', ns, 'route', 'add', 'default', 'via', '192.0.2.1', 'dev', 'uplink']);
  });
  afterAll(async () => {
    await runCommand({ cmd: 'ip', args: ['netns', 'del', ns], timeoutMs: 10_000 });
  });

  it('routes company addresses into tun0 and the rest to the router', async () => {
    const deps = { os: 'linux', run: inNamespace } as const;
    expect(await routeFor('198.18.5.5', deps)).toEqual({ interface: 'tun0', gateway: null, source: '198.18.0.2' });
    expect(await routeFor('203.0.113.9', deps)).toEqual({ interface: 'uplink', gateway: '192.0.2.1', source: '192.0.2.10' });
    expect(await routeFor('127.0.0.1', deps)).toEqual({ interface: 'lo', gateway: null, source: '127.0.0.1' });
  });

  it('finds tun0 as an OpenVPN-style tunnel that no client holds open (no carrier)', async () => {
    const facts = await readVpnFacts({ os: 'linux', run: inNamespace });
    expect(facts.tunnels).toEqual([{ interface: 'tun0', description: 'tun', product: 'openvpn', connected: false, addresses: ['198.18.0.2'] }]);
    expect(facts.builtIn).toEqual([]);
    // No NetworkManager in a bare namespace: noted, and the interfaces were still read.
    expect(facts.notes).toHaveLength(1);
    expect(facts.notes[0]).toMatch(/^NetworkManager connections not read: /);
  });
});
