// The parts of the contract's report (/work/shared/contract.md) that the lab reads. Kept loose on
// purpose: the lab checks the CLI's output as an outsider would, not through the engine's types.

/** One finding of a report. */
export interface LabFinding {
  readonly id: string;
  readonly segment: string;
  readonly severity: string;
  readonly title?: string;
}

/** One probe result of a report. */
export interface LabProbe {
  readonly id: string;
  readonly status: string;
  readonly durationMs: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly error?: string;
}

/** The report as `homeline check --json -` prints it. */
export interface LabReport {
  readonly verdict: { readonly segment: string; readonly headline: string; readonly summary: string };
  readonly findings: readonly LabFinding[];
  readonly probes: readonly LabProbe[];
  readonly durationMs?: number;
  readonly ispCall?: { readonly checklist: readonly string[]; readonly script: string };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether parsed JSON has the shape the lab reads (verdict.segment, findings[], probes[]). */
export function isLabReport(v: unknown): v is LabReport {
  return (
    isRecord(v) &&
    isRecord(v.verdict) &&
    typeof v.verdict.segment === 'string' &&
    Array.isArray(v.findings) &&
    Array.isArray(v.probes)
  );
}

/** Reads a number at `path` inside probe `probeId`'s data, or null when absent. */
export function probeNumber(report: LabReport, probeId: string, path: readonly string[]): number | null {
  let v: unknown = report.probes.find((p) => p.id === probeId)?.data;
  for (const key of path) v = isRecord(v) ? v[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A short text of what a report said (verdict, findings, probe statuses), for failure messages and logs. */
export function reportDigest(report: LabReport): string {
  const findings = report.findings.map((f) => `${f.id}(${f.severity})`).join(', ') || 'none';
  const probes = report.probes.map((p) => `${p.id}=${p.status}`).join(' ');
  return `verdict ${report.verdict.segment}; findings: ${findings}; probes: ${probes}`;
}
