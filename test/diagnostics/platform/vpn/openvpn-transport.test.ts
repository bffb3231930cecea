import { describe, expect, it } from 'vitest';
import { openVpnTransport } from '../../../../diagnostics/platform/vpn/openvpn-transport.js';
import { readOpenVpnProcesses, tunnelTransports, type ProcFs } from '../../../../diagnostics/platform/vpn/read-openvpn-linux.js';
import type { VpnTunnel } from '../../../../diagnostics/platform/vpn/types.js';

// Command lines and configs written for these tests after the OpenVPN manual's option syntax
// (not copied from a machine); the lab's own client config (test/lab/openvpn-config.ts) is the
// real-process case, checked in the company lab.

const files = (map: Record<string, string>) => async (p: string) => map[p] ?? null;
const none = files({});

describe('OpenVPN transport from structure', () => {
  it('reads --proto and --remote on the command line', async () => {
    expect(await openVpnTransport(7, ['--client', '--dev', 'tun0', '--proto', 'tcp-client', '--remote', 'vpn.example', '443'], null, none)).toEqual({
      pid: 7, dev: 'tun0', transport: 'tcp', remote: { host: 'vpn.example', port: 443 }, source: 'cmdline', note: null,
    });
    expect((await openVpnTransport(7, ['--remote', 'vpn.example', '1194', 'udp4'], null, none)).transport).toBe('udp');
  });

  it('reads proto and remote from the config file, relative to --cd or the working directory', async () => {
    const conf = '# written for this test\nclient\ndev tun\nproto udp\nremote vpn.example 443\n<ca>\nproto tcp-client\n</ca>\n';
    const r = await openVpnTransport(8, ['--cd', '/etc/openvpn/client', '--config', 'work.conf'], '/', files({ '/etc/openvpn/client/work.conf': conf }));
    expect(r).toMatchObject({ dev: 'tun', transport: 'udp', source: 'config', remote: { host: 'vpn.example', port: 443 } });
    const cwd = await openVpnTransport(8, ['--config', 'work.conf'], '/home/u', files({ '/home/u/work.conf': 'proto tcp-client\nremote vpn.example 443\n' }));
    expect(cwd).toMatchObject({ transport: 'tcp', source: 'config' });
  });

  it('takes OpenVPN’s default (UDP) only when everything given was read', async () => {
    expect(await openVpnTransport(9, ['--config', '/etc/c.conf'], null, files({ '/etc/c.conf': 'client\nremote vpn.example 1194\n' }))).toMatchObject({ transport: 'udp', source: 'default' });
    expect(await openVpnTransport(9, ['--config', '/etc/c.conf'], null, none)).toMatchObject({ transport: 'unknown', note: 'config /etc/c.conf not readable' });
    expect(await openVpnTransport(9, ['--config', 'c.conf'], null, files({ 'c.conf': 'proto udp\n' }))).toMatchObject({ transport: 'unknown' });
  });

  it('says unknown for remotes with different protocols, connection blocks, or a protocol it does not know', async () => {
    const two = 'remote a.example 443 tcp-client\nremote b.example 1194 udp\n';
    expect(await openVpnTransport(1, ['--config', '/c'], null, files({ '/c': two }))).toMatchObject({ transport: 'unknown', remote: null });
    const blocks = '<connection>\nremote a.example 443\nproto tcp-client\n</connection>\n';
    expect(await openVpnTransport(1, ['--config', '/c'], null, files({ '/c': blocks }))).toMatchObject({ transport: 'unknown', note: 'config has <connection> blocks' });
    expect(await openVpnTransport(1, ['--proto', 'sctp'], null, none)).toMatchObject({ transport: 'unknown' });
  });

  it('lets the command line override the config file', async () => {
    const r = await openVpnTransport(2, ['--config', '/c', '--proto', 'tcp-client'], null, files({ '/c': 'proto udp\nremote vpn.example 443\n' }));
    expect(r).toMatchObject({ transport: 'tcp', source: 'cmdline' });
  });
});

describe('OpenVPN processes from /proc', () => {
  const proc = (entries: Record<string, { comm: string; cmdline: string[]; ns: string | null; cwd?: string }>, ownNs: string | null): ProcFs => ({
    readdir: async () => ['self', ...Object.keys(entries)],
    readFile: async (p) => {
      const m = /^\/proc\/(\d+)\/(comm|cmdline)$/.exec(p);
      const e = m ? entries[m[1]!] : undefined;
      if (!e || !m) throw new Error('ENOENT');
      return m[2] === 'comm' ? `${e.comm}\n` : `${e.cmdline.join('\0')}\0`;
    },
    readlink: async (p) => {
      if (p === '/proc/self/ns/net') {
        if (ownNs === null) throw new Error('EACCES');
        return ownNs;
      }
      const m = /^\/proc\/(\d+)\/(ns\/net|cwd)$/.exec(p);
      const e = m ? entries[m[1]!] : undefined;
      const v = m?.[2] === 'cwd' ? e?.cwd : e?.ns;
      if (v == null) throw new Error('EACCES');
      return v;
    },
  });

  it('keeps OpenVPN processes of this network namespace and those whose namespace cannot be read', async () => {
    const fs = proc({
      '10': { comm: 'openvpn', cmdline: ['openvpn', '--dev', 'tun0', '--proto', 'udp'], ns: 'net:[1]' },
      '11': { comm: 'openvpn', cmdline: ['openvpn', '--dev', 'tun0', '--proto', 'tcp-server'], ns: 'net:[2]' },
      '12': { comm: 'openvpn', cmdline: ['openvpn', '--dev', 'tun1', '--proto', 'tcp-client'], ns: null },
      '13': { comm: 'bash', cmdline: ['bash'], ns: 'net:[1]' },
    }, 'net:[1]');
    expect((await readOpenVpnProcesses(fs)).map((p) => [p.pid, p.dev, p.transport])).toEqual([[10, 'tun0', 'udp'], [12, 'tun1', 'tcp']]);
  });

  it('ties a process to a connected tunnel by dev, or by a generic dev when it is the only one', () => {
    const tun = (name: string, connected = true): VpnTunnel => ({ interface: name, description: 'tun', product: 'openvpn', connected, addresses: [] });
    const p = (pid: number, dev: string | null, transport: 'udp' | 'tcp') => ({ pid, dev, transport, remote: null, source: 'cmdline' as const, note: null });
    expect(tunnelTransports([tun('tun0'), tun('tun1', false)], [p(1, 'tun0', 'udp'), p(2, 'tun1', 'tcp')]).map((t) => [t.interface, t.transport])).toEqual([['tun0', 'udp']]);
    expect(tunnelTransports([tun('tun3')], [p(1, 'tun', 'tcp')]).map((t) => t.transport)).toEqual(['tcp']);
    // Two generic processes: which one runs tun3 is not known.
    expect(tunnelTransports([tun('tun3')], [p(1, 'tun', 'tcp'), p(2, 'tun', 'udp')])).toEqual([]);
    expect(tunnelTransports([tun('wg0')], [p(1, null, 'udp')])).toEqual([]);
  });
});
