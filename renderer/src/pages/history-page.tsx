import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../electron/ipc/contract.js';
import { useTexts, useTransport } from '../app-context.js';
import type { Texts } from '../i18n/texts.js';
import { dailySeries, hourlyProfile, METRICS, type DayPoint, type HourPoint } from '../model/history-series.js';
import { DayChart } from '../parts/day-chart.js';
import { HourChart } from '../parts/hour-chart.js';
import { PageHeading } from '../parts/page-heading.js';
import { Unavailable } from '../parts/unavailable.js';
import { useUi } from '../state/store.js';

/** How far back the page looks (history keeps 90 days by default). */
const DAYS = 30;

type Loaded = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'error'; message: string } | { kind: 'ok'; entries: HistoryEntry[]; kept: boolean };

/** A table cell: the figure in the UI's number format, a dash where nothing was measured. */
const cell = (tx: Texts, v: number | null): string => (v === null ? '–' : tx.number(v, 2));

/** History: loss, delay and download per day, and problems by time of day, each with a table. */
export function HistoryPage() {
  const tx = useTexts();
  const transport = useTransport();
  // Reloads after each finished check, so the page is current while it is open.
  const report = useUi((s) => s.report);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    transport.invoke('history.list', { days: DAYS }).then(
      (r) => setState(r.available ? { kind: 'ok', entries: r.entries, kept: r.kept } : { kind: 'unavailable' }),
      (e: unknown) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [transport, report]);
  return (
    <section aria-labelledby="history-title">
      <PageHeading id="history-title">{tx.t('app.history.title')}</PageHeading>
      <p className="lead">{tx.t('app.history.intro')}</p>
      {state.kind === 'loading' ? <p className="muted">{tx.t('app.common.loading')}</p> : null}
      {state.kind === 'unavailable' ? <Unavailable message={tx.t('app.history.unavailable')} /> : null}
      {state.kind === 'error' ? <p className="card alert" role="alert">{tx.t('app.history.loadFailed', { message: state.message })}</p> : null}
      {state.kind === 'ok' && !state.kept ? <p className="note" data-testid="history-not-kept">{tx.t('app.history.notKept')}</p> : null}
      {state.kind === 'ok' && state.entries.length === 0 ? <p className="card" data-testid="history-empty">{tx.t('app.history.empty')}</p> : null}
      {state.kind === 'ok' && state.entries.length > 0 ? <HistoryCharts entries={state.entries} /> : null}
    </section>
  );
}

function HistoryCharts({ entries }: { entries: readonly HistoryEntry[] }) {
  const tx = useTexts();
  const days = dailySeries(entries);
  const hours = hourlyProfile(entries);
  const from = days[0]!.day;
  const to = days[days.length - 1]!.day;
  return (
    <>
      <div className="card" data-testid="history-days">
        <h2>{tx.t('app.history.byDay')}</h2>
        <p className="muted small">{tx.t('app.history.period', { days: DAYS })}</p>
        {METRICS.map((m) => (
          <figure key={m}>
            <figcaption>{tx.t(`app.history.metric.${m}`)}</figcaption>
            <DayChart points={days} metric={m} label={tx.t('app.history.chartLabel', { metric: tx.t(`app.history.metric.${m}`), from, to })} noValues={tx.t('app.history.noValues')} />
          </figure>
        ))}
        <DayTable days={days} />
      </div>
      <div className="card" data-testid="history-hours">
        <h2>{tx.t('app.history.byHour')}</h2>
        <HourChart
          hours={hours}
          label={tx.t('app.history.hourLabel')}
          barText={(h) => tx.t('app.history.hourBar', { hour: h.hour, problems: h.problems, checks: h.checks })}
        />
        <HourTable hours={hours.filter((h) => h.checks > 0)} />
      </div>
    </>
  );
}

/** A chart's numbers behind a disclosure: for screen readers and for reading exact values. */
function DataTable({ head, rows }: { head: readonly string[]; rows: readonly (readonly [string, ...(string | number)[]])[] }) {
  const tx = useTexts();
  return (
    <details>
      <summary>{tx.t('app.history.showTable')}</summary>
      <table className="data-table">
        <thead>
          <tr>
            {head.map((h) => <th scope="col" key={h}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest]) => (
            <tr key={first}>
              <th scope="row">{first}</th>
              {rest.map((v, i) => <td key={head[i + 1]}>{v}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function DayTable({ days }: { days: readonly DayPoint[] }) {
  const tx = useTexts();
  const head = [tx.t('app.history.col.day'), tx.t('app.history.col.checks'), tx.t('app.history.col.problems'), ...METRICS.map((m) => tx.t(`app.history.metric.${m}`))];
  return <DataTable head={head} rows={days.map((d) => [d.day, d.checks, d.problems, ...METRICS.map((m) => cell(tx, d[m]))] as const)} />;
}

/** The hours that had checks. */
function HourTable({ hours }: { hours: readonly HourPoint[] }) {
  const tx = useTexts();
  const head = [tx.t('app.history.col.hour'), tx.t('app.history.col.checks'), tx.t('app.history.col.problems'), tx.t('app.history.metric.lossPct')];
  return <DataTable head={head} rows={hours.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.checks, h.problems, cell(tx, h.lossPct)] as const)} />;
}
