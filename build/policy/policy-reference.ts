import { BUNDLE_ID, LINUX_POLICY_FILE, MAC_MACHINE_PLIST, REGISTRY_SUBKEY } from '../../diagnostics/policy/identity.js';
import { GROUP_TEXT, POLICY_GROUPS } from '../../diagnostics/policy/policy-meta.js';
import { POLICY_DEFAULTS } from '../../diagnostics/policy/policy-defaults.js';
import { POLICY_KEYS, type PolicyKeyInfo } from '../../diagnostics/policy/policy-keys.js';

const REG_TYPE: Readonly<Record<PolicyKeyInfo['meta']['type'], string>> = {
  boolean: 'REG_DWORD 0/1',
  integer: 'REG_DWORD',
  string: 'REG_SZ',
  enum: 'REG_SZ',
  stringList: 'REG_MULTI_SZ',
  json: 'REG_SZ or REG_MULTI_SZ (JSON)',
};

const PLIST_TYPE: Readonly<Record<PolicyKeyInfo['meta']['type'], string>> = {
  boolean: 'boolean',
  integer: 'integer',
  string: 'string',
  enum: 'string',
  stringList: 'array of strings',
  json: 'dict (or a JSON string)',
};

/** docs/policy-reference.md: every key, its names per OS, type, default and meaning. */
export function buildPolicyReference(): string {
  const out = [
    '# Homeline policy reference',
    '',
    '<!-- Generated from diagnostics/policy/policy-schema.ts by `npm run policy-templates`; do not edit. -->',
    '',
    'Where Homeline reads its managed policy:',
    '',
    `- Windows: \`HKLM\\${REGISTRY_SUBKEY}\`, then \`HKCU\\${REGISTRY_SUBKEY}\` (machine wins, key by key). ADMX/ADML: \`build/policy/windows/\`.`,
    `- macOS: \`${MAC_MACHINE_PLIST}\`, then \`/Library/Managed Preferences/<user>/${BUNDLE_ID}.plist\` (domain \`${BUNDLE_ID}\`). Sample profile: \`build/policy/macos/\`.`,
    `- Linux: \`${LINUX_POLICY_FILE}\`. Example and JSON Schema: \`build/policy/linux/\`.`,
    '',
    'A value set by policy is locked: the user sees it and cannot change it. A value that cannot be used',
    '(wrong type, out of range, unknown option) is reported by `homeline policy` with its key and reason,',
    'and ignored on its own; every other value still applies. Keys marked "user" are settings a user',
    'may also change in the app, unless policy sets them or `UserMayChange` leaves them out.',
    '',
  ];
  for (const group of POLICY_GROUPS) {
    out.push(`## ${GROUP_TEXT[group].en}`, '');
    for (const k of POLICY_KEYS.filter((x) => x.meta.group === group)) {
      const d = POLICY_DEFAULTS[k.key];
      out.push(
        `### \`${k.key}\` — ${k.meta.text.en.title}`,
        '',
        k.meta.text.en.description,
        '',
        `| registry value | registry type | plist / JSON type | default | user may change |`,
        `| --- | --- | --- | --- | --- |`,
        `| \`${k.meta.regName}\` | ${REG_TYPE[k.meta.type]} | ${PLIST_TYPE[k.meta.type]}${options(k)} | ${d === undefined ? 'not set' : `\`${JSON.stringify(d)}\``} | ${k.meta.userSetting ? 'user' : 'no'} |`,
        '',
        `Example: \`${JSON.stringify(k.meta.example)}\``,
        '',
      );
    }
  }
  return out.join('\n');
}

function options(k: PolicyKeyInfo): string {
  const o = (k.schema as unknown as { options?: readonly string[] }).options;
  return k.meta.type === 'enum' && o ? `: ${o.map((x) => `\`${x}\``).join(', ')}` : '';
}
