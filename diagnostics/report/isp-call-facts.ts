import type { CheckFigures } from '../history/figures.js';
import { recordOf, type HistoryRecord } from '../history/history-record.js';
import type { Report } from '../schema/report.js';
import type { DropoutSummary } from '../history/dropout-summary.js';
import type { HistoryPattern } from '../history/patterns.js';
import type { IspSettings } from '../settings/user-settings.js';
import type { IspConfirmations } from './isp-call-confirmations.js';

/**
 * Everything the ISP call kit cites, as plain data: the kit is built from this alone, so it can be
 * tested with any figures and rebuilt later from history without running a probe.
 */
export interface IspCallFacts {
  readonly checkedAt: Date;
  /** IANA zone for the dates and times in the script; default: this machine's. */
  readonly timeZone?: string;
  /** The check's findings, most important first. */
  readonly findingIds: readonly string[];
  readonly figures: CheckFigures;
  /** Recurring patterns from the history (see history/patterns.ts). */
  readonly patterns: readonly HistoryPattern[];
  /** The provider's drop-outs the connection monitor recorded (isp segment only); absent or null: none. */
  readonly dropouts?: DropoutSummary | null;
  /** What the user told Homeline about the line (may be empty). */
  readonly isp: IspSettings;
  /** What the user confirmed doing for this check (restart, cable, second device); none: nothing is claimed. */
  readonly confirmed?: IspConfirmations;
}

/** The facts of one recorded check. */
export function ispCallFacts(
  r: HistoryRecord,
  context: {
    readonly patterns: readonly HistoryPattern[];
    readonly dropouts?: DropoutSummary | null;
    readonly isp?: IspSettings;
    readonly timeZone?: string;
    readonly confirmed?: IspConfirmations;
  },
): IspCallFacts {
  return {
    checkedAt: r.startedAt,
    findingIds: r.findingIds,
    figures: r.figures,
    patterns: context.patterns,
    ...(context.dropouts ? { dropouts: context.dropouts } : {}),
    isp: context.isp ?? {},
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
    ...(context.confirmed ? { confirmed: context.confirmed } : {}),
  };
}

/**
 * The facts of a report's kit, for rebuilding it later (another language, new confirmations): the
 * report's own figures and the patterns its kit cited, with the user's line details as they are now.
 */
export function ispCallFactsOfReport(
  r: Report,
  context: { readonly isp?: IspSettings; readonly timeZone?: string; readonly confirmed?: IspConfirmations } = {},
): IspCallFacts {
  return ispCallFacts(recordOf(r), { ...context, patterns: r.ispCall?.patterns ?? [] });
}
