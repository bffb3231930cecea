import type { RedactionOptions } from '../bundle/redaction/policy.js';
import type { Lang } from '../i18n/translator.js';
import { currentOs } from '../platform/os-kind.js';
import { homelineDataDir } from '../platform/app-dirs.js';
import { effectiveSettings, type Effective } from '../policy/effective-settings.js';
import type { ValidatedPolicy } from '../policy/validate-policy.js';
import { resolveTargets } from '../profile/load-profile.js';
import type { Targets } from '../profile/targets.js';
import { readManagedPolicy } from '../policy/read-managed-policy.js';
import { runCommand } from '../platform/command.js';
import { EMPTY_SETTINGS, loadUserSettings, type UserSettings } from '../settings/user-settings.js';

/** The machine's policy and the settings in effect once the user's own choices are layered in. */
export interface EffectiveConfig {
  readonly policy: ValidatedPolicy;
  readonly effective: Effective;
}

/**
 * Reads the managed policy and the user's settings and applies precedence (policy > user >
 * defaults). A broken settings file is moved aside by the store and counts as "no choices".
 */
export async function loadEffectiveConfig(lang: Lang, env: NodeJS.ProcessEnv = process.env): Promise<EffectiveConfig> {
  const policy = await readMachinePolicy(lang, env);
  return { policy, effective: effectiveSettings(policy, await userPreferences(env), lang) };
}

/** Reads this machine's managed policy; HOMELINE_POLICY_FILE names one file instead ("none": none). */
export function readMachinePolicy(lang: Lang = 'en', env: NodeJS.ProcessEnv = process.env): Promise<ValidatedPolicy> {
  return readManagedPolicy({ os: currentOs(), run: runCommand, lang, ...(env.HOMELINE_POLICY_FILE ? { policyFile: env.HOMELINE_POLICY_FILE } : {}) });
}

/** The user's own choices for policy keys; an unreadable settings store means none. */
export async function userPreferences(env: NodeJS.ProcessEnv = process.env): Promise<Readonly<Record<string, unknown>>> {
  const dir = homelineDataDir(currentOs() ?? 'linux', env);
  const settings: UserSettings = await loadUserSettings(dir).then((l) => l.settings, () => EMPTY_SETTINGS);
  return settings.preferences ?? {};
}

/** The bundle redaction the effective settings ask for (standard with SSIDs hashed when unset). */
export function redactionOf(e: Effective): RedactionOptions {
  return { level: e.settings.redactionLevel.value ?? 'standard', ssid: e.settings.ssidHandling.value ?? 'hash' };
}

/**
 * The Ookla opt-in the effective settings make (policy, or the user where policy allows), laid
 * over the targets' own: requirements.ts already keeps it off until the licence is accepted.
 */
export function withOokla(targets: Targets, e: Effective): Targets {
  const enabled = e.settings.ooklaEnabled.value === true;
  if (!enabled || !targets.throughput) return targets;
  const cliPath = e.settings.ooklaCliPath.value ?? targets.throughput.ookla?.cliPath;
  const ookla = { enabled, licenceAccepted: e.settings.ooklaLicenceAccepted.value === true, ...(cliPath ? { cliPath } : {}) };
  return { ...targets, throughput: { ...targets.throughput, ookla } };
}

/**
 * The targets a check uses, the same for the CLI and the tray app: a profile file when one is
 * given, else the managed policy's targets, else the built-in defaults; with the Ookla opt-in the
 * effective settings make. Throws ProfileError for a profile (or policy targets) that cannot be used.
 */
export async function resolveCheckTargets(profileFile: string | undefined, config: EffectiveConfig, lang: Lang = 'en'): Promise<Targets> {
  const fromPolicy = profileFile === undefined ? config.policy.values.targets : undefined;
  return withOokla(await resolveTargets(profileFile, fromPolicy, lang), config.effective);
}
