import { DROPOUT_KIT_DAYS } from '../history/dropout-summary.js';
import type { Translator } from '../i18n/translator.js';
import type { Report } from '../schema/report.js';

/** How many drop-outs the ticket text lists; the bundle carries all of them. */
export const TICKET_MAX_DROPOUTS = 10;

/**
 * The home network's and the company VPN's drop-outs the report carries (the week before the
 * check, from history), newest first, for the help desk to match with their own records (a VPN
 * gateway's log is in UTC, so are these). Provider drop-outs are the call kit's, not the ticket's.
 * Empty when there were none.
 */
export function dropoutTicketLines(report: Report, t: Translator): string[] {
  const mine = (report.monitorEvents ?? [])
    .filter((e) => e.kind === 'dropout' && (e.segment === 'home' || e.segment === 'vpn'))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  if (mine.length === 0) return [];
  const shown = mine.slice(0, TICKET_MAX_DROPOUTS);
  return [
    t.t('dropoutTicket.title', { days: DROPOUT_KIT_DAYS }),
    ...shown.map((e) =>
      t.t('dropoutTicket.line', { start: new Date(e.start).toISOString().slice(0, 19).replace('T', ' '), segment: t.t(`dropoutTicket.segment.${e.segment}`), seconds: Math.round(e.seconds) }),
    ),
    ...(mine.length > shown.length ? [t.t('dropoutTicket.more', { count: mine.length - shown.length })] : []),
    '',
  ];
}
