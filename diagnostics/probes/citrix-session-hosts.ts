import { MAX_PARALLEL_CONNECTS, mapPool } from '../engine/pool.js';
import type { Probe } from '../engine/probe.js';
import { recogniseIca } from '../net/citrix/ica-banner.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface SessionHostCheck {
  readonly tcp: TcpProbe;
  /** ICA (1494) greets first, so it can be recognised; CGP (2598) waits for the client. */
  readonly protocol: 'ica' | 'open-unverified' | 'closed';
}

export interface CitrixSessionHostsData {
  readonly hosts: readonly SessionHostCheck[];
  /** EDT runs over UDP 443 and cannot be proven without a Citrix peer: not guessed. */
  readonly edtUdp443: 'not-checked';
}

/** The session hosts' ICA (1494) and session-reliability CGP (2598) ports. */
export const citrixSessionHostsProbe: Probe<CitrixSessionHostsData> = {
  id: 'citrix-session-hosts',
  dependsOn: [adaptersProbe],
  timeoutMs: 6000,
  async run(ctx) {
    const empty: CitrixSessionHostsData = { hosts: [], edtUdp443: 'not-checked' };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const list = ctx.targets.citrix.sessionHosts;
    if (list.length === 0) return { status: 'skipped', data: empty, error: 'the profile names no session host' };
    const hosts = await mapPool(list, MAX_PARALLEL_CONNECTS, async ({ host, port }): Promise<SessionHostCheck> => {
      const tcp = await probeTcp(host, port, { timeoutMs: 3000, signal: ctx.signal, readBannerMs: port === 1494 ? 800 : 0 });
      if (tcp.state !== 'open') return { tcp, protocol: 'closed' };
      return { tcp, protocol: port === 1494 && tcp.banner !== null && recogniseIca(tcp.banner) === 'ica' ? 'ica' : 'open-unverified' };
    });
    const closed = hosts.filter((h) => h.protocol === 'closed').length;
    return { status: closed === 0 ? 'ok' : 'fail', data: { hosts, edtUdp443: 'not-checked' } };
  },
};
