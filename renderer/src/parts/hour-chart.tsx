import type { HourPoint } from '../model/history-series.js';

const W = 600;
const H = 120;
const BOTTOM = 18;

/**
 * The 24 hours of the day as bars: each bar's height is the share of that hour's checks that
 * found a problem, so "every evening at eight" shows as one tall bar. Hours without checks stay
 * empty. Each bar says its numbers in a tooltip; the page's table holds them for screen readers.
 */
export function HourChart(p: { hours: readonly HourPoint[]; label: string; barText: (h: HourPoint) => string }) {
  const slot = W / 24;
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={p.label}>
      <line x1={0} y1={H - BOTTOM} x2={W} y2={H - BOTTOM} className="axis" />
      {p.hours.map((h) => {
        const share = h.checks === 0 ? 0 : h.problems / h.checks;
        const height = share * (H - BOTTOM - 6);
        return (
          <g key={h.hour}>
            {h.checks > 0 ? (
              <rect x={h.hour * slot + 3} y={H - BOTTOM - Math.max(height, 1)} width={slot - 6} height={Math.max(height, 1)} className={share > 0 ? 'bar problem' : 'bar'}>
                <title>{p.barText(h)}</title>
              </rect>
            ) : null}
            {h.hour % 3 === 0 ? (
              <text x={h.hour * slot + slot / 2} y={H - 4} className="tick" textAnchor="middle">{h.hour}</text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
