import { appInfo } from '../bundle/app-info.js';
import { exportCheckMetrics, type FleetExportOptions } from '../fleet/otlp/export-check.js';
import type { Translator } from '../i18n/translator.js';
import type { EffectiveSettings } from '../policy/effective-settings.js';
import type { Report } from '../schema/report.js';

/**
 * The last step of `homeline check`: when the effective settings turn fleet export on (policy, or
 * the user where policy allows; requirements.ts keeps it off without an endpoint), the check's
 * figures go to the company's collector. Waits at most the export's timeout; a failure is one line
 * on stderr and never changes the check's result or exit code.
 */

/** The export options the settings make, or undefined when fleet export is off. */
export function fleetExportOf(s: Pick<EffectiveSettings, 'fleetExportEnabled' | 'fleetExportOtlpEndpoint'>): FleetExportOptions | undefined {
  const endpoint = s.fleetExportOtlpEndpoint.value;
  return s.fleetExportEnabled.value === true && endpoint ? { enabled: true, endpoint } : undefined;
}

/** Sends the report's metrics when enabled; reports a failure on `warn`. Never throws. */
export async function exportAfterCheck(
  report: Report,
  options: FleetExportOptions | undefined,
  t: Translator,
  warn: (line: string) => void,
  fetchImpl?: typeof fetch,
): Promise<void> {
  if (!options) return;
  const outcome = await exportCheckMetrics(report, options, { serviceVersion: appInfo().version, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  if (!outcome.sent && outcome.reason === 'failed') warn(t.t('fleet.export.failed', { endpoint: options.endpoint, error: outcome.error }));
}
