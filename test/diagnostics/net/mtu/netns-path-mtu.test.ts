import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPathMtu } from '../../../../diagnostics/net/mtu/find-path-mtu.js';
import { type CommandRunner, runCommand } from '../../../../diagnostics/platform/command.js';

// A real run of the real ping: two network namespaces of this test's own, joined by one veth
// link, with documentation addresses that exist only inside them. Nothing leaves the machine.
// Needs root (ip netns) and iputils ping; both namespaces are deleted afterwards.
const NS_A = `hlmtu${process.pid}a`;
const NS_B = `hlmtu${process.pid}b`;
const ADDR_A = '192.0.2.1';
const ADDR_B = '192.0.2.2';

/** Runs an `ip` step of the setup; a failing step fails the test with ip's own message. */
function ip(...args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr || r.error?.message || ''}`);
}

/** The engine's own runner, with every command started inside namespace A. */
const inA: CommandRunner = (spec, signal) => runCommand({ ...spec, cmd: 'ip', args: ['netns', 'exec', NS_A, spec.cmd, ...spec.args] }, signal);

describe('path MTU over a real 1400-byte veth link between two namespaces', () => {
  beforeAll(() => {
    ip('netns', 'add', NS_A);
    ip('netns', 'add', NS_B);
    ip('link', 'add', 'hlmtuA', 'netns', NS_A, 'type', 'veth', 'peer', 'name', 'hlmtuB', 'netns', NS_B);
    ip('-n', NS_A, 'addr', 'add', `${ADDR_A}/24`, 'dev', 'hlmtuA');
    ip('-n', NS_B, 'addr', 'add', `${ADDR_B}/24`, 'dev', 'hlmtuB');
    ip('-n', NS_A, 'link', 'set', 'hlmtuA', 'mtu', '1400', 'up');
    ip('-n', NS_B, 'link', 'set', 'hlmtuB', 'mtu', '1400', 'up');
  });

  afterAll(() => {
    // Deleting a namespace takes its end of the veth with it, and the peer goes too.
    for (const ns of [NS_A, NS_B]) spawnSync('ip', ['netns', 'delete', ns], { timeout: 10_000 });
  });

  it('finds 1400 from the kernel\'s own refusal when the sending side knows the link MTU', async () => {
    const r = await findPathMtu(ADDR_B, { run: inA, os: 'linux' });
    expect(r.mtu).toBe(1400);
    expect(r.probes).toBe(2);
  });

  it('finds 1400 by halving when only the far end has the small MTU and big packets vanish', async () => {
    ip('-n', NS_A, 'link', 'set', 'hlmtuA', 'mtu', '1500');
    // A veth end accepts up to MTU + 4 bytes (room for a VLAN tag), so on its own this link drops
    // silently only from 1405 bytes on. A firewall rule in B drops the 1401-1404 byte packets too,
    // making the black hole exactly 1400, as on a tunnel that eats big packets without a word.
    const rules = 'table ip hlmtu { chain in { type filter hook input priority 0; ip length > 1400 drop; }; }';
    const nft = spawnSync('ip', ['netns', 'exec', NS_B, 'nft', '-f', '-'], { input: rules, encoding: 'utf8', timeout: 10_000 });
    if (nft.status !== 0) throw new Error(`nft failed: ${nft.stderr}`);
    const r = await findPathMtu(ADDR_B, { run: inA, os: 'linux' });
    expect(r.mtu).toBe(1400);
    expect(r.probes).toBeGreaterThan(5);
    expect(r.notes.join(' ')).toMatch(/black hole/);
  }, 60_000);
});
