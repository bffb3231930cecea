import type { ProbeEvent } from '../../diagnostics/engine/runner.js';
import type { Report } from '../../diagnostics/schema/report.js';
import type { IspSettings } from '../../diagnostics/settings/user-settings.js';
import type { HistoryRecord } from '../../diagnostics/history/history-record.js';
import type { AppEvent, TrayLevel, UiLang } from '../ipc/contract.js';
import { levelOf } from '../tray/tray-level.js';
import { INITIAL_TRAY, nextTray, type TrayState } from '../tray/tray-state.js';
import type { StoredEvent } from '../../diagnostics/history/monitor-event-rows.js';

/** Runs the engine once (diagnostics/check.ts runCheck with the app's targets), reporting progress. */
export type EngineRun = (o: {
  quick: boolean;
  lang: UiLang;
  onEvent: (e: ProbeEvent) => void;
  /** The user's line details, for the call kit. */
  isp?: IspSettings;
  /** Earlier checks, for patterns (time of day, recurring loss). */
  history?: readonly HistoryRecord[];
  /** The connection monitor's recorded events: a clean check, the call kit and the advice cite them. */
  events?: readonly StoredEvent[];
}) => Promise<Report>;

/** Who hears about checks: the windows (events) and the tray (state). */
export interface CheckServicePorts {
  readonly engine: EngineRun;
  readonly emit: (event: AppEvent) => void;
  readonly onTray?: (state: TrayState) => void;
  readonly now?: () => Date;
}

/** One finished check: the report and the tray level before and after it. */
export interface CheckOutcome {
  readonly report: Report;
  readonly previous: TrayLevel;
  readonly level: Exclude<TrayLevel, 'unknown'>;
}

/**
 * Owns the checks of the running app: one at a time (a second request joins the running one, so
 * a double click or a background check never runs the engine twice at once), the last report,
 * and the tray state derived from it.
 */
export class CheckService {
  private running: Promise<CheckOutcome> | null = null;
  private lastReport: Report | null = null;
  private trayState: TrayState = INITIAL_TRAY;

  constructor(private readonly ports: CheckServicePorts) {}

  get last(): Report | null {
    return this.lastReport;
  }

  get tray(): TrayState {
    return this.trayState;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Runs a check, or joins the one already running. */
  run(o: { quick: boolean; lang: UiLang; background: boolean }): Promise<CheckOutcome> {
    this.running ??= this.runOnce(o).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private setTray(state: TrayState): void {
    this.trayState = state;
    this.ports.onTray?.(state);
  }

  private async runOnce(o: { quick: boolean; lang: UiLang; background: boolean }): Promise<CheckOutcome> {
    const previous = this.trayState.level;
    this.setTray(nextTray(this.trayState, { type: 'check-started' }));
    this.ports.emit({ type: 'check-started', quick: o.quick, background: o.background });
    let report: Report;
    try {
      report = await this.ports.engine({
        quick: o.quick,
        lang: o.lang,
        onEvent: (e) =>
          this.ports.emit(
            e.type === 'start'
              ? { type: 'probe-started', id: e.id }
              : { type: 'probe-finished', id: e.result.id, status: e.result.status },
          ),
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.setTray(nextTray(this.trayState, { type: 'check-failed' }));
      this.ports.emit({ type: 'check-failed', message });
      throw e;
    }
    const level = levelOf(report);
    const at = (this.ports.now ?? (() => new Date()))().toISOString();
    this.lastReport = report;
    this.setTray(nextTray(this.trayState, { type: 'check-finished', level, at }));
    this.ports.emit({ type: 'check-finished', report, level });
    return { report, previous, level };
  }
}
