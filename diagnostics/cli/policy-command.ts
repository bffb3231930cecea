import type { Translator } from '../i18n/translator.js';
import { formatPolicyReport } from '../policy/format-policy.js';
import { policyReport } from '../policy/policy-report.js';
import type { ValidatedPolicy } from '../policy/validate-policy.js';
import { readMachinePolicy, userPreferences } from '../config/effective-config.js';
import { writeOrKeep } from './output-file.js';

/**
 * `homeline policy`: prints the settings in effect, or writes them as JSON. Exits 1 when some
 * policy value was ignored, so a deployment script notices a typo.
 */
export async function policyCommand(json: string | undefined, t: Translator, stdout: (s: string) => void, stderr: (s: string) => void = stdout): Promise<number> {
  const report = policyReport(await readMachinePolicy(t.lang), await userPreferences(), t.lang);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (json === '-') stdout(text);
  else {
    stdout(`${formatPolicyReport(report, t)}\n`);
    if (json !== undefined && !(await writeOrKeep(json, text, t, { stderr }))) return 2;
  }
  return report.issues.length === 0 ? 0 : 1;
}

/** The one-line warnings `homeline check` prints (to stderr) for ignored policy values. */
export function policyWarnings(policy: ValidatedPolicy, t: Translator): string[] {
  return policy.issues.map((i) => t.t('policy.checkWarning', { key: i.key, location: i.location, reason: i.reason }));
}
