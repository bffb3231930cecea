import { useEffect, useRef, useState } from 'react';
import type { MonitorStateView, ResponseOf, TimelineEvent } from '../../../electron/ipc/contract.js';
import { useTexts, useTransport } from '../app-context.js';
import { dropoutSlots, TIMELINE_SEGMENTS, type DropoutSlot } from '../model/dropout-slots.js';
import { monitorNoteTexts, monitorStateText, timelineRows, timelineSummary } from '../model/timeline-rows.js';
import { DropoutChart } from '../parts/dropout-chart.js';
import { PageHeading } from '../parts/page-heading.js';
import { SnapshotReport } from '../parts/snapshot-report.js';
import { Unavailable } from '../parts/unavailable.js';
import { useUi } from '../state/store.js';

/** How often the open page asks again (the monitor keeps recording while it is open). */
const REFRESH_MS = 30_000;

type Loaded =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; events: TimelineEvent[]; state: MonitorStateView; kept: boolean; at: number };

type Snapshot = NonNullable<Extract<ResponseOf<'monitor.snapshot'>, { available: true }>['snapshot']>;
/** The check of a drop-out's moment, opened from its row (`start` names the row). */
type Opened =
  | { kind: 'none' }
  | { kind: 'loading'; start: string }
  | { kind: 'gone'; start: string }
  | { kind: 'error'; start: string; message: string }
  | { kind: 'open'; start: string; snapshot: Snapshot };

/** Drop-outs: the monitor's state, a bar per hour (24 h) or day (7 days), and every event in a table. */
export function DropoutsPage() {
  const tx = useTexts();
  const transport = useTransport();
  const [days, setDays] = useState<1 | 7>(1);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  // Asks again when the monitor says something changed (a drop-out began or ended, a pause).
  const pushed = useUi((s) => s.monitor);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      transport.invoke('monitor.timeline', { days }).then(
        (r) => live && setState(r.available ? { kind: 'ok', events: r.events, state: r.state, kept: r.kept, at: Date.now() } : { kind: 'unavailable' }),
        (e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [transport, days, pushed]);
  return (
    <section aria-labelledby="dropouts-title">
      <PageHeading id="dropouts-title">{tx.t('dropoutsApp.title')}</PageHeading>
      <p className="lead">{tx.t('dropoutsApp.intro')}</p>
      <div className="range" role="group" aria-label={tx.t('dropoutsApp.range.label')}>
        {([1, 7] as const).map((d) => (
          <button key={d} type="button" aria-pressed={d === days} data-days={d} onClick={() => setDays(d)}>
            {tx.t(d === 1 ? 'dropoutsApp.range.day' : 'dropoutsApp.range.week')}
          </button>
        ))}
      </div>
      {state.kind === 'loading' ? <p className="muted">{tx.t('app.common.loading')}</p> : null}
      {state.kind === 'unavailable' ? <Unavailable message={tx.t('dropoutsApp.unavailable')} /> : null}
      {state.kind === 'error' ? <p className="card alert" role="alert">{tx.t('dropoutsApp.loadFailed', { message: state.message })}</p> : null}
      {state.kind === 'ok' ? <Timeline days={days} loaded={state} /> : null}
    </section>
  );
}

function Timeline({ days, loaded }: { days: 1 | 7; loaded: Extract<Loaded, { kind: 'ok' }> }) {
  const tx = useTexts();
  const transport = useTransport();
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const openSnapshot = (start: string): void => {
    setOpened({ kind: 'loading', start });
    transport.invoke('monitor.snapshot', { start }).then(
      (r) => setOpened(r.available && r.snapshot ? { kind: 'open', start, snapshot: r.snapshot } : { kind: 'gone', start }),
      (e: unknown) => setOpened({ kind: 'error', start, message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const close = (): void => {
    const start = opened.kind === 'none' ? null : opened.start;
    setOpened({ kind: 'none' });
    // Back to the row the user opened it from.
    if (start !== null) openers.current.get(start)?.focus();
  };
  const slots = dropoutSlots(loaded.events, days, loaded.at);
  const slotName = (s: DropoutSlot): string =>
    days === 1 ? tx.time(new Date(s.from).toISOString()) : new Intl.DateTimeFormat(tx.lang, { weekday: 'short', day: 'numeric' }).format(s.from);
  const rows = timelineRows(loaded.events, tx);
  const notes = monitorNoteTexts(loaded.state, tx);
  return (
    <>
      <p className="card" role="status" data-testid="monitor-state" data-status={loaded.state.status}>
        {monitorStateText(loaded.state, tx)}
      </p>
      {notes.length > 0 ? (
        // What the monitor cannot watch (no router found) or watches another way (ping unusable).
        <ul className="note monitor-notes" data-testid="monitor-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {!loaded.kept ? <p className="note">{tx.t('dropoutsApp.notKept')}</p> : null}
      {loaded.events.length === 0 ? (
        <p className="card" data-testid="dropouts-empty">{tx.t('dropoutsApp.empty')}</p>
      ) : (
        <div className="card" data-testid="dropouts">
          <p>{timelineSummary(loaded.events, tx)}</p>
          <DropoutChart
            slots={slots}
            label={tx.t('dropoutsApp.chart.label', {
              unit: tx.t(days === 1 ? 'dropoutsApp.chart.hour' : 'dropoutsApp.chart.day'),
              from: slotName(slots[0]!),
              to: slotName(slots[slots.length - 1]!),
            })}
            tick={(s, i) => (days === 7 || i % 3 === 0 ? slotName(s) : null)}
            barText={(s) => tx.t('dropoutsApp.chart.bar', { slot: slotName(s), count: s.count, seconds: tx.number(s.seconds, 0) })}
          />
          <ul className="legend">
            {TIMELINE_SEGMENTS.map((seg) => (
              <li key={seg}>
                <span className={`swatch seg-${seg}`} aria-hidden="true" /> {tx.t(`dropoutsApp.segment.${seg}`)}
              </li>
            ))}
          </ul>
          <table className="data-table dropouts-table" data-testid="dropouts-table">
            <thead>
              <tr>
                <th scope="col">{tx.t('dropoutsApp.col.when')}</th>
                <th scope="col">{tx.t('dropoutsApp.col.length')}</th>
                <th scope="col">{tx.t('dropoutsApp.col.part')}</th>
                <th scope="col">{tx.t('dropoutsApp.col.kind')}</th>
                <th scope="col">{tx.t('dropoutsApp.col.check')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.when}</th>
                  <td>{r.length}</td>
                  <td>{r.part}</td>
                  <td>{r.kind}</td>
                  <td className={r.hasSnapshot ? '' : 'muted'}>
                    {r.checkDetail !== null ? (
                      // A drop-out opens the check of its moment: the verdict's whole summary.
                      <details data-testid="snapshot">
                        <summary>{r.check}</summary>
                        <p className="small">{r.checkDetail}</p>
                        <button
                          type="button"
                          data-testid="snapshot-open"
                          aria-controls="snapshot-detail"
                          aria-expanded={opened.kind === 'open' && opened.start === r.start}
                          ref={(el) => void (el ? openers.current.set(r.start, el) : openers.current.delete(r.start))}
                          onClick={() => openSnapshot(r.start)}
                        >
                          {tx.t('dropoutSnapshot.open')}
                        </button>
                      </details>
                    ) : (
                      r.check
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div id="snapshot-detail" aria-live="polite">
        {opened.kind === 'loading' ? <p className="muted">{tx.t('dropoutSnapshot.loading')}</p> : null}
        {opened.kind === 'gone' ? <p className="card note">{tx.t('dropoutSnapshot.gone')}</p> : null}
        {opened.kind === 'error' ? (
          <p className="card alert" role="alert">
            {tx.t('dropoutSnapshot.failed', { message: opened.message })}
          </p>
        ) : null}
        {opened.kind === 'open' ? <SnapshotReport report={opened.snapshot.report} level={opened.snapshot.level} onClose={close} /> : null}
      </div>
    </>
  );
}
