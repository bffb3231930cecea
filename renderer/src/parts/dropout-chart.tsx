import type { DropoutSlot } from '../model/dropout-slots.js';
import { TIMELINE_SEGMENTS } from '../model/dropout-slots.js';

const W = 600;
const H = 120;
const BOTTOM = 18;

/**
 * Drop-outs per hour or per day as stacked bars, one colour per part (home, provider, VPN), so
 * "every evening, always the provider" is visible at a glance. Each bar says its numbers in a
 * tooltip; the table below the chart lists every event for screen readers and exact values.
 */
export function DropoutChart(p: { slots: readonly DropoutSlot[]; label: string; tick: (s: DropoutSlot, i: number) => string | null; barText: (s: DropoutSlot) => string }) {
  const slot = W / p.slots.length;
  const most = Math.max(1, ...p.slots.map((s) => s.count));
  const unit = (H - BOTTOM - 6) / most;
  return (
    <svg className="chart dropout-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={p.label} data-testid="dropout-chart">
      <line x1={0} y1={H - BOTTOM} x2={W} y2={H - BOTTOM} className="axis" />
      {p.slots.map((s, i) => {
        let top = H - BOTTOM;
        const tick = p.tick(s, i);
        return (
          <g key={s.from}>
            {TIMELINE_SEGMENTS.filter((seg) => s.bySegment[seg] > 0).map((seg) => {
              const h = s.bySegment[seg] * unit;
              top -= h;
              return (
                <rect key={seg} x={i * slot + 3} y={top} width={slot - 6} height={h} className={`bar seg-${seg}`}>
                  <title>{p.barText(s)}</title>
                </rect>
              );
            })}
            {tick !== null ? (
              // The first label starts at the edge, so it is not cut off by the chart's left side.
              <text x={i === 0 ? 0 : i * slot + slot / 2} y={H - 4} className="tick" textAnchor={i === 0 ? 'start' : 'middle'}>{tick}</text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
