import { z } from 'zod';
import type { Lang } from '../i18n/translator.js';

/**
 * How a policy key is stored and shown outside Homeline: the registry value and its type, the
 * group it belongs to in the templates, and its title and description in every language the
 * templates ship in. The zod schema in policy-schema.ts carries one of these per key.
 */
export interface PolicyKeyMeta {
  /** The Windows registry value name (PascalCase), also the ADMX policy name. */
  readonly regName: string;
  /**
   * How the value is written: `boolean` (REG_DWORD 0/1, plist <true/>), `integer` (REG_DWORD),
   * `string` (REG_SZ), `enum` (REG_SZ, one of the schema's options), `stringList` (REG_MULTI_SZ,
   * plist array) or `json` (a JSON document; REG_SZ or REG_MULTI_SZ lines, plist dict).
   */
  readonly type: 'boolean' | 'integer' | 'string' | 'enum' | 'stringList' | 'json';
  /** The template category. */
  readonly group: PolicyGroup;
  /** True when a user may also set it (in the app's settings), unless policy sets or locks it. */
  readonly userSetting: boolean;
  /** A value for the sample templates and the docs. */
  readonly example: unknown;
  readonly text: Readonly<Record<Lang, { readonly title: string; readonly description: string }>>;
}

/** Template categories, in the order they appear. */
export const POLICY_GROUPS = ['targets', 'helpDesk', 'privacy', 'behaviour', 'branding', 'fleet', 'speedTest'] as const;
export type PolicyGroup = (typeof POLICY_GROUPS)[number];

/** Category titles for the ADML files and the docs. */
export const GROUP_TEXT: Readonly<Record<PolicyGroup, Readonly<Record<Lang, string>>>> = {
  targets: { en: 'Company targets', de: 'Firmenziele', sv: 'Företagets mål' },
  helpDesk: { en: 'Help desk', de: 'Helpdesk', sv: 'Supporten' },
  privacy: { en: 'Privacy', de: 'Datenschutz', sv: 'Integritet' },
  behaviour: { en: 'Behaviour', de: 'Verhalten', sv: 'Beteende' },
  branding: { en: 'Branding', de: 'Erscheinungsbild', sv: 'Varumärke' },
  fleet: { en: 'Fleet export', de: 'Flottenexport', sv: 'Flottexport' },
  speedTest: { en: 'Ookla speed test', de: 'Ookla-Geschwindigkeitstest', sv: 'Ooklas hastighetstest' },
};

/** The registry that ties each key's zod schema to its metadata. */
export const policyMeta = z.registry<PolicyKeyMeta>();
