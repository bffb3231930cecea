import type { Translator } from '../i18n/translator.js';
import type { Evidence } from '../verdict/evidence.js';
import type { FindingDraft } from '../verdict/finding-draft.js';
import { lossLevel, lost } from '../verdict/loss.js';

export interface IspCall {
  readonly checklist: string[];
  readonly script: string;
}

/**
 * The checklist and call script for an `isp` verdict, in the report's language, citing what was
 * measured: loss at the router against loss beyond it, where the loss starts, latency, outages, DNS.
 */
export function buildIspCall(top: FindingDraft, e: Evidence, t: Translator, startedAt: Date): IspCall {
  const date = new Intl.DateTimeFormat(t.lang === 'en' ? 'en-GB' : t.lang === 'de' ? 'de-DE' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(startedAt);
  const lines: string[] = [t.t('ispCall.greeting')];
  const g = e.gateway?.stats;
  const pooled = e.targets?.pooled;
  const hop = e.ispHop?.hop ?? e.path?.firstIspHop ?? '—';
  if (g && g.received > 0) lines.push(t.t('ispCall.factGatewayClean', { loss: g.lossPct, avg: g.rttMs?.avg ?? 0 }));
  if (top.id === 'isp.outage' && pooled) {
    lines.push(t.t('ispCall.factOutage', { sent: pooled.sent, hop }));
  } else if (top.id === 'isp.loss' && pooled) {
    lines.push(t.t('ispCall.factLoss', { loss: pooled.lossPct, lost: lost(pooled), sent: pooled.sent, date }));
    if (e.ispHop?.stats && lossLevel(e.ispHop.stats) !== 'none') lines.push(t.t('ispCall.factLossStart', { hop }));
    if (pooled.avgRttMs !== null) lines.push(t.t('ispCall.factLatency', { avg: pooled.avgRttMs }));
  } else if (top.id === 'isp.dns') {
    const failed = top.evidence.find((l) => l.key === 'dnsFailed')?.vars;
    const outcome = String(failed?.outcome ?? '@dnsOutcome.error');
    lines.push(t.t('ispCall.factDns', { server: String(failed?.server ?? '?'), outcome: t.t(outcome.replace(/^@/, '')) }));
  }
  lines.push(t.t('ispCall.askMeasure'), t.t('ispCall.askOutage'), t.t('ispCall.askTechnician'), t.t('ispCall.anticipate'));
  return { checklist: t.list('ispCall.checklist'), script: lines.join('\n') };
}
