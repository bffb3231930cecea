import type { PolicyKey, PolicyValues } from './policy-schema.js';
import type { PolicyIssue } from './validate-policy.js';

// The shapes of settings in effect, apart from the function that computes them
// (effective-settings.ts), so requirements.ts can speak of them without an import cycle.

/** One setting as it applies: its value, who set it, and whether the user may change it. */
export interface EffectiveSetting<K extends PolicyKey> {
  readonly value: PolicyValues[K] | undefined;
  readonly source: 'policy' | 'user' | 'default';
  /** Shown locked in the app: set by policy, or policy does not let users change it. */
  readonly locked: boolean;
}

export type EffectiveSettings = { readonly [K in PolicyKey]: EffectiveSetting<K> };

/** The effective settings, plus what was ignored: invalid or locked user values, unmet requirements. */
export interface Effective {
  readonly settings: EffectiveSettings;
  readonly ignored: readonly PolicyIssue[];
}
