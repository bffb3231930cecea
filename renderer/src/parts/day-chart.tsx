import { short, type DayPoint, type Metric } from '../model/history-series.js';

const W = 600;
const H = 140;
const PAD = { left: 44, right: 8, top: 10, bottom: 22 };


/**
 * One metric over the days as an inline SVG line: no chart library, scales from 0 to the largest
 * value. It is an image with a label for screen readers; the page's table holds the numbers.
 */
export function DayChart(p: { points: readonly DayPoint[]; metric: Metric; label: string; noValues: string }) {
  const values = p.points.map((d) => d[p.metric]);
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  if (max === 0 && values.every((v) => v === null)) return <p className="muted small">{p.noValues}</p>;
  const top = max > 0 ? max * 1.1 : 1;
  const n = p.points.length;
  const x = (i: number): number => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number): number => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const dots = p.points.flatMap((d, i) => (d[p.metric] === null ? [] : [{ i, day: d.day, v: d[p.metric]! }]));
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={p.label} preserveAspectRatio="xMidYMid meet">
      <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} className="axis" />
      <text x={PAD.left - 6} y={y(0)} className="tick" textAnchor="end" dominantBaseline="middle">0</text>
      {max > 0 ? <text x={PAD.left - 6} y={y(max)} className="tick" textAnchor="end" dominantBaseline="middle">{short(max)}</text> : null}
      <text x={x(0)} y={H - 4} className="tick" textAnchor={n === 1 ? 'middle' : 'start'}>{p.points[0]?.day}</text>
      {n > 1 ? <text x={x(n - 1)} y={H - 4} className="tick" textAnchor="end">{p.points[n - 1]?.day}</text> : null}
      <polyline className="line" fill="none" points={dots.map((d) => `${x(d.i)},${y(d.v)}`).join(' ')} />
      {dots.map((d) => (
        <circle key={d.day} cx={x(d.i)} cy={y(d.v)} r={3} className="dot">
          <title>{`${d.day}: ${short(d.v)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
