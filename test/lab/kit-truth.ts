import { reportSchema } from '../../diagnostics/schema/report.js';
import { auditReportKits } from '../support/isp-kit-audit.js';
import type { LabReport } from './lab-report.js';

/**
 * What is untrue or unsayable in the call kits of a real lab run: the report's own kit, and the
 * kit rebuilt in en, de and sv with every kind of confirmation (test/support/isp-kit-audit.ts).
 * The CLI in the namespace runs in this process's time zone, so the times match.
 */
export function kitTruthProblems(report: LabReport): string[] {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) return [`the report breaks its schema: ${parsed.error.message}`];
  return auditReportKits(parsed.data);
}
