import { REGISTRY_SUBKEY } from '../../diagnostics/policy/identity.js';
import { POLICY_GROUPS } from '../../diagnostics/policy/policy-meta.js';
import { POLICY_KEYS, type PolicyKeyInfo } from '../../diagnostics/policy/policy-keys.js';
import { ADMX, categoryName, optionStringId } from './admx-names.js';
import { indent, xmlEscape } from './xml-text.js';

/**
 * The ADMX file: one policy per schema key, class Both (machine policy under HKLM, user policy
 * under HKCU), in one category per group. Booleans are enabled/disabled DWORDs, lists and JSON
 * documents multi-line text (REG_MULTI_SZ), which the readers join back into one document.
 */
export function buildAdmx(): string {
  const key = xmlEscape(REGISTRY_SUBKEY.replace(/^SOFTWARE/, 'Software'));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from diagnostics/policy/policy-schema.ts by `npm run policy-templates`; do not edit. -->',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    `    <target prefix="${ADMX.prefix}" namespace="${ADMX.namespace}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${ADMX.supportedOn}" displayName="$(string.${ADMX.supportedOn})" />`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${ADMX.rootCategory}" displayName="$(string.${ADMX.rootCategory})" />`,
    ...POLICY_GROUPS.flatMap((g) => [
      `    <category name="${categoryName(g)}" displayName="$(string.${categoryName(g)})">`,
      `      <parentCategory ref="${ADMX.rootCategory}" />`,
      '    </category>',
    ]),
    '  </categories>',
    '  <policies>',
    ...indent(POLICY_KEYS.flatMap((k) => policy(k, key)), 4),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ];
  return lines.join('\n');
}

function policy(info: PolicyKeyInfo, key: string): string[] {
  const { regName, type, group } = info.meta;
  const isBool = type === 'boolean';
  const open = `<policy name="${regName}" class="Both" displayName="$(string.${regName})" explainText="$(string.${regName}_Explain)"${isBool ? '' : ` presentation="$(presentation.${regName})"`} key="${key}"${isBool ? ` valueName="${regName}"` : ''}>`;
  const body = [`<parentCategory ref="${categoryName(group)}" />`, `<supportedOn ref="${ADMX.supportedOn}" />`];
  if (isBool) body.push('<enabledValue>', '  <decimal value="1" />', '</enabledValue>', '<disabledValue>', '  <decimal value="0" />', '</disabledValue>');
  else body.push('<elements>', ...indent(element(info), 2), '</elements>');
  return [open, ...indent(body, 2), '</policy>'];
}

function element(info: PolicyKeyInfo): string[] {
  const { regName, type } = info.meta;
  const s = info.schema as unknown as { minValue?: number | null; maxValue?: number | null; maxLength?: number | null; options?: readonly string[] };
  switch (type) {
    case 'integer':
      return [`<decimal id="${regName}" valueName="${regName}" minValue="${s.minValue ?? 0}" maxValue="${s.maxValue ?? 4294967295}" />`];
    case 'enum':
      return [
        `<enum id="${regName}" valueName="${regName}" required="true">`,
        ...(s.options ?? []).flatMap((o) => [
          `  <item displayName="$(string.${optionStringId(regName, o)})">`,
          `    <value><string>${xmlEscape(o)}</string></value>`,
          '  </item>',
        ]),
        '</enum>',
      ];
    case 'string':
      return [`<text id="${regName}" valueName="${regName}" required="true"${s.maxLength ? ` maxLength="${s.maxLength}"` : ''} />`];
    case 'stringList':
    case 'json':
      return [`<multiText id="${regName}" valueName="${regName}" required="true" />`];
    case 'boolean':
      return [];
  }
}
