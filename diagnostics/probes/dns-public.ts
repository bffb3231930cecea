import type { Probe } from '../engine/probe.js';
import { queryAll, type DnsOutcome } from '../net/dns/query.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS, dnsStatus } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface DnsPublicData {
  readonly outcomes: readonly DnsOutcome[];
}

/** Resolves the profile's names through the profile's public resolvers: the yardstick for the system's. */
export const dnsPublicProbe: Probe<DnsPublicData> = {
  id: 'dns-public',
  dependsOn: [adaptersProbe],
  timeoutMs: 8000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { outcomes: [] });
    if (skip) return skip;
    const { publicResolvers, dnsNames } = ctx.targets.internet;
    if (publicResolvers.length === 0 || dnsNames.length === 0) {
      return { status: 'skipped', data: { outcomes: [] }, error: 'the profile names no public resolver or DNS name' };
    }
    const outcomes = await queryAll([...publicResolvers], [...dnsNames], { timeoutMs: DNS_TIMEOUT_MS, signal: ctx.signal });
    return { status: dnsStatus(outcomes), data: { outcomes } };
  },
};
