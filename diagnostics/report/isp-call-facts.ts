import type { CheckFigures } from '../history/figures.js';
import type { HistoryRecord } from '../history/history-record.js';
import type { DropoutSummary } from '../history/dropout-summary.js';
import type { HistoryPattern } from '../history/patterns.js';
import type { IspSettings } from '../settings/user-settings.js';

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
}

/** The facts of one recorded check. */
export function ispCallFacts(
  r: HistoryRecord,
  context: { readonly patterns: readonly HistoryPattern[]; readonly dropouts?: DropoutSummary | null; readonly isp?: IspSettings; readonly timeZone?: string },
): IspCallFacts {
  return {
    checkedAt: r.startedAt,
    findingIds: r.findingIds,
    figures: r.figures,
    patterns: context.patterns,
    ...(context.dropouts ? { dropouts: context.dropouts } : {}),
    isp: context.isp ?? {},
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
  };
}
