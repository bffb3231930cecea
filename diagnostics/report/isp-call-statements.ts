import { patternVars } from '../history/pattern-findings.js';
import type { HistoryPattern } from '../history/patterns.js';
import type { Translator, Vars } from '../i18n/translator.js';
import type { IspCallFacts } from './isp-call-facts.js';

/** Loss at or above this share of packets is worth telling the provider (matches history's "lossy"). */
const CITE_LOSS_PCT = 2;
const DNS_OUTCOMES = new Set(['ok', 'nxdomain', 'nodata', 'servfail', 'refused', 'timeout', 'unreachable', 'error']);

/** The date and time of a check in the script's language. */
export function callDate(f: IspCallFacts, t: Translator, style: 'long' | 'time'): string {
  const locale = t.lang === 'en' ? 'en-GB' : t.lang === 'de' ? 'de-DE' : 'sv-SE';
  const opts: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return new Intl.DateTimeFormat(locale, { ...opts, ...(f.timeZone ? { timeZone: f.timeZone } : {}) }).format(f.checkedAt);
}

/** A pattern's values with the weekday put into words. */
function patternText(p: HistoryPattern, t: Translator): string {
  const vars: Vars = Object.fromEntries(
    Object.entries(patternVars(p)).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('@') ? t.t(v.slice(1)) : v]),
  );
  return t.t(p.kind === 'time-of-day' ? 'ispCall.facts.patternTimeOfDay' : 'ispCall.facts.patternWeekday', vars);
}

function speedLine(t: Translator, key: 'download' | 'upload', mbps: number, contract?: number, min?: number | null): string {
  const parts = [t.t(`ispCall.facts.${key}`, { mbps })];
  if (contract !== undefined) parts.push(t.t('ispCall.facts.vsContract', { pct: Math.round((mbps / contract) * 100), contract }));
  if (min !== null && min !== undefined) parts.push(t.t(mbps < min ? 'ispCall.facts.belowMinimum' : 'ispCall.facts.aboveMinimum', { min }));
  return parts.join(' ');
}

/**
 * The router link as measured: "inside my home everything is fine" only when it loses less than
 * the script would cite; otherwise the loss itself, and no round trip when nothing came back.
 */
function homeStatement(loss: number, avg: number | null, t: Translator): string {
  if (loss < CITE_LOSS_PCT && avg !== null) return t.t('ispCall.facts.gatewayClean', { loss, avg });
  return avg === null ? t.t('ispCallHome.gatewayLost', { loss }) : t.t('ispCallHome.gatewayLoss', { loss, avg });
}

/**
 * The measured facts, plainly: the router link against the line beyond it, where the loss starts,
 * latency, DNS, speeds against the contract and the company's minimum, latency under load, and
 * what the history shows. Only what was measured is stated.
 */
export function factStatements(f: IspCallFacts, t: Translator): string[] {
  const g = f.figures;
  const out: string[] = [];
  const hop = g.ispHop ?? '—';
  if (g.gatewayLossPct !== null) out.push(homeStatement(g.gatewayLossPct, g.gatewayAvgMs, t));
  const outage = (g.internetSent ?? 0) > 0 && g.internetReceived === 0;
  if (outage) {
    out.push(t.t('ispCall.facts.outage', { sent: g.internetSent ?? 0, hop }));
  } else if (g.internetLossPct !== null && g.internetSent !== null && g.internetLossPct >= CITE_LOSS_PCT) {
    const lost = g.internetSent - (g.internetReceived ?? g.internetSent);
    out.push(t.t('ispCall.facts.loss', { loss: g.internetLossPct, lost, sent: g.internetSent, date: callDate(f, t, 'long') }));
    if (g.ispHop !== null && g.ispHopLossPct !== null) {
      out.push(
        g.ispHopLossPct >= CITE_LOSS_PCT
          ? t.t('ispCall.facts.lossStart', { hop: g.ispHop, loss: g.ispHopLossPct })
          : t.t('ispCall.facts.lossFurther', { hop: g.ispHop }),
      );
    }
  }
  if (!outage && g.internetAvgMs !== null) out.push(t.t('ispCall.facts.latency', { avg: g.internetAvgMs }));
  if (f.findingIds.includes('isp.dns') && g.dnsFailedServer !== null) {
    const code = DNS_OUTCOMES.has(g.dnsFailedOutcome ?? '') ? g.dnsFailedOutcome : 'error';
    out.push(t.t('ispCall.facts.dns', { server: g.dnsFailedServer, outcome: t.t(`dnsOutcome.${code}`) }));
  }
  if (g.downloadMbps !== null) out.push(speedLine(t, 'download', g.downloadMbps, f.isp.contractDownMbps, g.minDownloadMbps));
  if (g.uploadMbps !== null) out.push(speedLine(t, 'upload', g.uploadMbps, f.isp.contractUpMbps, g.minUploadMbps));
  if (g.idleLatencyMs !== null && g.loadedLatencyMs !== null && (f.findingIds.includes('isp.bufferbloat') || g.loadedLatencyMs - g.idleLatencyMs >= 60)) {
    out.push(t.t('ispCall.facts.loaded', { idle: g.idleLatencyMs, loaded: g.loadedLatencyMs }));
  }
  for (const p of f.patterns) out.push(patternText(p, t));
  return out;
}

/** True when a measured speed falls clearly short (below 90 %) of the contract. */
export function belowContract(f: IspCallFacts): boolean {
  const short = (mbps: number | null, contract?: number) => mbps !== null && contract !== undefined && mbps < contract * 0.9;
  return short(f.figures.downloadMbps, f.isp.contractDownMbps) || short(f.figures.uploadMbps, f.isp.contractUpMbps);
}
