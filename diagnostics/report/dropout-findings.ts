import { DROPOUT_KIT_DAYS, summarizeDropouts, type DropoutSummary } from '../history/dropout-summary.js';
import type { StoredEvent } from '../history/monitor-event-rows.js';
import type { EvidenceLine, FindingDraft } from '../verdict/finding-draft.js';

/**
 * The home network's and the company VPN's drop-outs of the last 7 days as findings of the check:
 * the advice (steps) and the help-desk ticket carry them, since the ISP kit must not (they are not
 * the provider's). Warnings, added after the verdict is decided: they are history, not this
 * check's measurement, so they never change whom the verdict names.
 */
export function dropoutFindings(
  events: readonly StoredEvent[],
  o: { readonly now: Date; readonly timeZone?: string; readonly when: (ms: number) => string },
): FindingDraft[] {
  const zone = o.timeZone ? { timeZone: o.timeZone } : {};
  const out: FindingDraft[] = [];
  for (const [segment, id, draftSegment] of [
    ['home', 'home.dropouts', 'home-network'],
    ['vpn', 'vpn.dropouts', 'vpn'],
  ] as const) {
    const s = summarizeDropouts(events, { segment, now: o.now, days: DROPOUT_KIT_DAYS, ...zone });
    if (s === null) continue;
    const latest = Math.max(...events.filter((e) => e.kind === 'dropout' && e.segment === segment && e.start <= o.now.getTime()).map((e) => e.start));
    out.push({ id, segment: draftSegment, severity: 'warning', evidence: evidenceOf(s, segment, o.when(latest)) });
  }
  return out;
}

function evidenceOf(s: DropoutSummary, segment: 'home' | 'vpn', latest: string): EvidenceLine[] {
  const one = s.count === 1;
  const key = segment === 'home' ? (one ? 'dropoutsHomeOne' : 'dropoutsHome') : one ? 'dropoutsVpnOne' : 'dropoutsVpn';
  const lines: EvidenceLine[] = [{ key, vars: { count: s.count, days: s.days, min: s.minSeconds, max: s.maxSeconds, latest } }];
  if (s.window) lines.push({ key: 'dropoutsWindow', vars: { count: s.window.count, from: `${s.window.fromHour}:00`, to: `${s.window.toHour}:00` } });
  return lines;
}
