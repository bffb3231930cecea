import { LANGS } from '../../diagnostics/i18n/translator.js';
import { BUNDLE_ID } from '../../diagnostics/policy/identity.js';
import { ADML_LOCALES, buildAdml } from './adml.js';
import { buildAdmx } from './admx.js';
import { ADMX } from './admx-names.js';
import { buildLinuxExample, buildPolicyJsonSchema } from './linux-example.js';
import { buildMobileconfig } from './mobileconfig.js';
import { buildPolicyReference } from './policy-reference.js';

/** Every file generated from the policy schema, by path from the repository root. */
export function policyTemplates(): Record<string, string> {
  return {
    [`build/policy/windows/${ADMX.file}.admx`]: buildAdmx(),
    ...Object.fromEntries(LANGS.map((lang) => [`build/policy/windows/${ADML_LOCALES[lang]}/${ADMX.file}.adml`, buildAdml(lang)])),
    [`build/policy/macos/${BUNDLE_ID}.mobileconfig`]: buildMobileconfig(),
    'build/policy/linux/policy.example.json': buildLinuxExample(),
    'build/policy/linux/policy.schema.json': buildPolicyJsonSchema(),
    'docs/policy-reference.md': buildPolicyReference(),
  };
}
