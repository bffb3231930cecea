import type { Translator } from '../i18n/translator.js';
import type { Report } from '../schema/report.js';
import { dropoutTicketLines } from './dropout-lines.js';
import { idempotencyMarker, type TicketAttachment, type TicketDraft, type Urgency } from './ticket.js';

/** Longest subject every supported help desk accepts (ServiceNow's short_description is 160). */
export const MAX_SUBJECT = 160;

/**
 * How pressing the verdict is: a problem that stops work (no network on this computer, the company
 * VPN or Citrix down) is high; any other problem medium; warnings and a clean check low.
 */
export function urgencyOf(report: Report): Urgency {
  const problems = report.findings.filter((f) => f.severity === 'problem');
  if (problems.length === 0) return 'low';
  const blocking = ['device', 'vpn', 'citrix'];
  return problems.some((f) => blocking.includes(f.segment)) || blocking.includes(report.verdict.segment) ? 'high' : 'medium';
}

/**
 * Turns a report and its bundle into a help-desk-neutral ticket, in the report's language (the
 * translator must be for report.lang). The description ends with the idempotency marker, which the
 * help desks without native idempotency are searched for before a retry files anything.
 */
export function draftFromReport(
  report: Report,
  attachment: TicketAttachment,
  idempotencyKey: string,
  t: Translator,
  categories: Readonly<Partial<Record<string, string>>> = {},
): TicketDraft {
  const subject = truncate(t.t('tickets.body.subject', { headline: report.verdict.headline }), MAX_SUBJECT);
  const lines = [
    t.t('tickets.body.verdict', { owner: t.t(`segment.${report.verdict.segment}`), summary: report.verdict.summary }),
    '',
  ];
  for (const f of report.findings) {
    lines.push(`[${f.severity}] ${f.title}`);
    for (const e of f.evidence) lines.push(`  - ${e}`);
    if (f.steps.length > 0) lines.push(`  ${t.t('tickets.body.steps')}`, ...f.steps.map((s) => `  * ${s}`));
  }
  if (report.findings.length > 0) lines.push('');
  lines.push(...dropoutTicketLines(report, t));
  lines.push(
    t.t('tickets.body.checked', { startedAt: report.startedAt, os: `${report.platform.os} ${report.platform.release}` }),
    t.t('tickets.body.attached', { file: attachment.fileName }),
    '',
    idempotencyMarker(idempotencyKey),
  );
  const category = categories[report.verdict.segment];
  return {
    idempotencyKey,
    subject,
    description: lines.join('\n'),
    segment: report.verdict.segment,
    ...(category !== undefined ? { category } : {}),
    urgency: urgencyOf(report),
    attachment,
  };
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
