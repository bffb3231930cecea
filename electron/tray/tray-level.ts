import type { Report } from '../../diagnostics/schema/report.js';
import type { TrayLevel } from '../ipc/contract.js';

/**
 * Findings that mean "you cannot work at all": no network, no router, no internet. Every other
 * problem still lets some traffic through, so the tray calls it degraded rather than down.
 */
const DOWN_FINDINGS: ReadonlySet<string> = new Set([
  'device.no-adapter',
  'device.no-address',
  'device.no-default-route',
  'home.gateway-unreachable',
  'isp.outage',
]);

/** The tray's reading of one report: good, degraded (something is wrong or shaky) or down. */
export function levelOf(report: Report): Exclude<TrayLevel, 'unknown'> {
  const problems = report.findings.filter((f) => f.severity === 'problem');
  if (problems.some((f) => DOWN_FINDINGS.has(f.id))) return 'down';
  if (problems.length > 0 || report.verdict.segment !== 'none') return 'degraded';
  if (report.findings.some((f) => f.severity === 'warning')) return 'degraded';
  return 'good';
}

const RANK: Readonly<Record<TrayLevel, number>> = { unknown: 0, good: 0, degraded: 1, down: 2 };

/** True when `next` is worse than `previous` (unknown counts as good: a first bad result is news). */
export function isWorse(previous: TrayLevel, next: TrayLevel): boolean {
  return RANK[next] > RANK[previous];
}
