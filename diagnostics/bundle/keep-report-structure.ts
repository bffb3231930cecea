import type { Report } from '../schema/report.js';

/**
 * Puts the report's code-defined values back after redaction: segments, severities, statuses,
 * ids, language and times come from Homeline, not from the user, and a network named "wifi" or a
 * user named "ok" must not turn them into something the schema (and the help desk) cannot read.
 * Everything else stays redacted, including fields added to the report later.
 */
export function keepReportStructure(original: Report, redacted: Report): Report {
  return {
    ...redacted,
    schemaVersion: original.schemaVersion,
    startedAt: original.startedAt,
    lang: original.lang,
    verdict: { ...redacted.verdict, segment: original.verdict.segment },
    findings: redacted.findings.map((f, i) => {
      const o = original.findings[i];
      return o ? { ...f, id: o.id, segment: o.segment, severity: o.severity } : f;
    }),
    probes: redacted.probes.map((p, i) => {
      const o = original.probes[i];
      return o ? { ...p, id: o.id, status: o.status } : p;
    }),
    raw: redacted.raw.map((r, i) => {
      const o = original.raw[i];
      return o ? { ...r, probe: o.probe } : r;
    }),
  };
}
