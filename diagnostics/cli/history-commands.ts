import { join } from 'node:path';
import type { HistoryRecord } from '../history/history-record.js';
import { findPatterns, PATTERN_LOOKBACK_DAYS } from '../history/patterns.js';
import type { Translator } from '../i18n/translator.js';
import { buildIspCall } from '../report/isp-call.js';
import { ispCallFacts } from '../report/isp-call-facts.js';
import { ispKitHtml } from '../report/isp-kit-html.js';
import { ispKitText } from '../report/isp-kit-text.js';
import { saveUserSettings, SETTINGS_FILE } from '../settings/user-settings.js';
import type { HistoryInvocation } from './args-history.js';
import type { CommandIo } from './command-io.js';
import { writeOrKeep, writeReason } from './output-file.js';
import { dataDir, userHistory, userSettings } from '../config/user-data.js';
import { kitConfirmations } from './kit-confirmations.js';
import { patternFindings } from '../history/pattern-findings.js';
import { localizeFinding } from '../verdict/localize.js';
import { DROPOUT_KIT_DAYS, summarizeDropouts } from '../history/dropout-summary.js';
import type { StoredEvent } from '../history/monitor-event-rows.js';
import { eventFigures } from '../monitor/format-monitor.js';
import { reportEvents } from '../report/monitor-evidence.js';

export type { CommandIo };

const DAY_MS = 86_400_000;

const whenText = (d: Date | number, t: Translator, seconds = false): string =>
  new Intl.DateTimeFormat(t.lang === 'en' ? 'en-GB' : t.lang === 'de' ? 'de-DE' : 'sv-SE', { dateStyle: 'short', timeStyle: seconds ? 'medium' : 'short', hourCycle: 'h23' }).format(d);

/** One monitor event of `homeline history`. */
function eventLine(e: StoredEvent, t: Translator): string {
  const seconds = Math.round((e.end - e.start) / 100) / 10;
  return t.t('monitorHistory.list.line', { when: whenText(e.start, t, true), kind: t.t(`monitor.kind.${e.kind}`), segment: t.t(`monitor.segment.${e.segment}`), seconds: t.number(seconds), figures: eventFigures(e, t) });
}

function historyLine(r: HistoryRecord, t: Translator): string {
  const when = whenText(r.startedAt, t);
  const f = r.figures;
  const pct = (n: number | null) => (n === null ? '–' : `${t.number(n)} %`);
  const ms = (n: number | null) => (n === null ? '' : ` ${t.t('history.ms', { ms: n })}`);
  const speed = f.downloadMbps !== null || f.uploadMbps !== null ? t.t('history.mbps', { down: f.downloadMbps ?? '–', up: f.uploadMbps ?? '–' }) : '–';
  return [when, t.t(`segment.${r.segment}`), `${pct(f.gatewayLossPct)}${ms(f.gatewayAvgMs)}`, `${pct(f.internetLossPct)}${ms(f.internetAvgMs)}`, speed].join('  |  ');
}

/** `homeline history`, `homeline isp set|show|kit`. Returns the exit code. */
export async function runHistoryCommand(inv: HistoryInvocation, io: CommandIo, t: Translator, now: Date = new Date()): Promise<number> {
  const dir = dataDir();
  const warn = (s: string) => io.stderr(`${s}\n`);
  const settings = await userSettings(dir, t, warn);
  if (inv.command === 'isp-set') {
    const { command: _c, lang: _l, ...isp } = inv;
    try {
      await saveUserSettings(dir, { ...settings.settings, isp: { ...settings.settings.isp, ...isp } });
    } catch (e) {
      io.stderr(`${t.t('door.write.failed', { file: join(dir, SETTINGS_FILE), reason: writeReason(e, t) })}\n`);
      return 2;
    }
    io.stdout(`${t.t('history.ispSaved')}\n`);
    return runHistoryCommand({ command: 'isp-show' }, io, t, now);
  }
  if (inv.command === 'isp-show') {
    const isp = settings.settings.isp ?? {};
    const none = t.t('history.notSet');
    const lines = t.list('history.ispShow', {
      name: isp.name ?? none,
      down: isp.contractDownMbps ?? none,
      up: isp.contractUpMbps ?? none,
      customer: isp.customerNumber ?? none,
      line: isp.lineId ?? none,
    });
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }
  const store = userHistory(dir, settings, t, warn);
  try {
    if (inv.command === 'history') {
      const records = store.since(new Date(now.getTime() - inv.days * DAY_MS));
      const events = store.eventsSince(new Date(now.getTime() - inv.days * DAY_MS));
      const patterns = findPatterns(store.since(new Date(now.getTime() - PATTERN_LOOKBACK_DAYS * DAY_MS)), { now });
      if (inv.json) {
        // Events with ISO times, as a report carries them (all of the asked days, not the report's 7).
        const monitorEvents = reportEvents(events, now, inv.days);
        io.stdout(`${JSON.stringify({ days: inv.days, checks: records, patterns, monitorEvents }, null, 2)}\n`);
        return 0;
      }
      const out = [t.t('history.title', { days: inv.days }), ''];
      if (records.length === 0) out.push(t.t('history.empty', { days: inv.days }));
      else {
        const c = (k: string) => t.t(`history.columns.${k}`);
        out.push([c('when'), c('verdict'), c('gateway'), c('internet'), c('speed')].join('  |  '));
        out.push(...records.map((r) => historyLine(r, t)));
      }
      out.push('', t.t('monitorHistory.list.title'));
      if (events.length === 0) out.push(`  ${t.t('monitorHistory.list.empty', { days: inv.days })}`);
      out.push(...events.map((e) => `  ${eventLine(e, t)}`));
      out.push('', `${t.t('history.patterns')}:`);
      const found = patternFindings(patterns).map((d) => localizeFinding(d, t));
      if (found.length === 0) out.push(`  ${t.t('history.noPatterns')}`);
      for (const f of found) out.push(`  ${f.title}`, ...f.evidence.map((e) => `    ${e}`));
      io.stdout(`${out.join('\n')}\n`);
      return 0;
    }
    const latest = store.latest();
    if (!latest) {
      io.stderr(`${t.t('history.noCheck')}\n`);
      return 1;
    }
    const confirmed = await kitConfirmations(dir, latest.startedAt, inv.done, t, io);
    if (confirmed === null) return 2;
    const patterns = findPatterns(store.since(new Date(latest.startedAt.getTime() - PATTERN_LOOKBACK_DAYS * DAY_MS)), { now: latest.startedAt });
    const events = store.eventsSince(new Date(latest.startedAt.getTime() - DROPOUT_KIT_DAYS * DAY_MS));
    const dropouts = summarizeDropouts(events, { segment: 'isp', now: latest.startedAt, days: DROPOUT_KIT_DAYS });
    const kit = buildIspCall(ispCallFacts(latest, { patterns, dropouts, confirmed, ...(settings.settings.isp ? { isp: settings.settings.isp } : {}) }), t);
    // pdfkit is loaded only when a PDF is asked for: every other command starts faster without it.
    const body = inv.format === 'pdf' ? await (await import('../report/isp-kit-pdf.js')).ispKitPdf(kit) : inv.format === 'html' ? ispKitHtml(kit, t.lang) : ispKitText(kit);
    if (inv.out === undefined) io.stdout(String(body));
    else if (await writeOrKeep(inv.out, body, t, io)) io.stdout(`${t.t('history.kitWritten', { file: inv.out })}\n`);
    else return 2;
    return 0;
  } finally {
    store.close();
  }
}
