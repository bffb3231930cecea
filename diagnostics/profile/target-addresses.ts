import { isIP } from 'node:net';
import type { Targets } from './targets.js';

/**
 * The IP addresses the targets name (ping targets, resolvers, hosts of URLs, gateways): the
 * company's and public targets, which bundle redaction keeps verbatim because they identify no
 * one and the help desk needs them. Used by the CLI and the app alike.
 */
export function targetAddresses(targets: Targets): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const host = hostOf(v);
      if (isIP(host)) out.add(host);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(targets);
  return [...out];
}

function hostOf(v: string): string {
  try {
    return new URL(v).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return v;
  }
}
