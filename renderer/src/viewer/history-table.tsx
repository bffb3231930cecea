import type { HistoryRow } from '../../../diagnostics/bundle/history-row.js';
import { useTexts } from '../app-context.js';

/** The figure columns, by the history's figure keys, with the text that formats each. */
const COLUMNS = [
  { key: 'gatewayLossPct', label: 'viewer.col.gatewayLoss', unit: 'viewer.percent' },
  { key: 'internetLossPct', label: 'viewer.col.internetLoss', unit: 'viewer.percent' },
  { key: 'internetAvgMs', label: 'viewer.col.internetMs', unit: 'viewer.ms' },
  { key: 'downloadMbps', label: 'viewer.col.download', unit: 'viewer.mbps' },
] as const;

/** Segments the catalog names; a row from a newer Homeline may carry another, shown as it is. */
const KNOWN_SEGMENTS: ReadonlySet<string> = new Set(['none', 'device', 'wifi', 'home-network', 'isp', 'vpn', 'citrix', 'unknown']);

/** The bundle's history.json: earlier checks of the same computer, one row each. */
export function HistoryTable({ rows }: { rows: readonly HistoryRow[] }) {
  const tx = useTexts();
  const figure = (row: HistoryRow, key: string, unit: string): string => {
    const v = row.figures?.[key];
    return typeof v === 'number' ? tx.t(unit, { value: v }) : tx.t('viewer.notMeasured');
  };
  const segment = (s: string | undefined): string =>
    s === undefined ? tx.t('viewer.notMeasured') : KNOWN_SEGMENTS.has(s) ? tx.t(`segment.${s}`) : s;
  const when = (at: string): string => (Number.isNaN(Date.parse(at)) ? at : tx.dateTime(at));
  return (
    <section className="card" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{tx.t('viewer.history')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{tx.t('viewer.historyNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="history-table">
            <caption className="muted">{tx.t('viewer.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tx.t('viewer.col.at')}</th>
                <th scope="col">{tx.t('viewer.col.segment')}</th>
                {COLUMNS.map((c) => (
                  <th scope="col" key={c.key} className="num">
                    {tx.t(c.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.at}-${i}`} data-segment={r.segment ?? ''}>
                  <th scope="row">{when(r.at)}</th>
                  <td>{segment(r.segment)}</td>
                  {COLUMNS.map((c) => (
                    <td key={c.key} className="num">
                      {figure(r, c.key, c.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
