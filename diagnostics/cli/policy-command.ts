import { writeFile } from 'node:fs/promises';
import type { Lang, Translator } from '../i18n/translator.js';
import { runCommand } from '../platform/command.js';
import { currentOs } from '../platform/os-kind.js';
import { formatPolicyReport } from '../policy/format-policy.js';
import { policyReport } from '../policy/policy-report.js';
import { readManagedPolicy } from '../policy/read-managed-policy.js';
import type { ValidatedPolicy } from '../policy/validate-policy.js';

/** Reads this machine's managed policy; HOMELINE_POLICY_FILE names one file instead ("none": none). */
export function readMachinePolicy(lang: Lang = 'en', env: NodeJS.ProcessEnv = process.env): Promise<ValidatedPolicy> {
  return readManagedPolicy({ os: currentOs(), run: runCommand, lang, ...(env.HOMELINE_POLICY_FILE ? { policyFile: env.HOMELINE_POLICY_FILE } : {}) });
}

/**
 * `homeline policy`: prints the settings in effect, or writes them as JSON. Exits 1 when some
 * policy value was ignored, so a deployment script notices a typo.
 */
export async function policyCommand(json: string | undefined, t: Translator, stdout: (s: string) => void): Promise<number> {
  // The user's own settings store arrives with the tray app; until then the CLI shows policy and defaults.
  const report = policyReport(await readMachinePolicy(t.lang), {}, t.lang);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (json === '-') stdout(text);
  else {
    if (json !== undefined) await writeFile(json, text);
    stdout(`${formatPolicyReport(report, t)}\n`);
  }
  return report.issues.length === 0 ? 0 : 1;
}

/** The one-line warnings `homeline check` prints (to stderr) for ignored policy values. */
export function policyWarnings(policy: ValidatedPolicy, t: Translator): string[] {
  return policy.issues.map((i) => t.t('policy.checkWarning', { key: i.key, location: i.location, reason: i.reason }));
}
