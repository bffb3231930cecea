import type { Lang } from '../../diagnostics/i18n/translator.js';
import { GROUP_TEXT, POLICY_GROUPS } from '../../diagnostics/policy/policy-meta.js';
import { POLICY_KEYS, type PolicyKeyInfo } from '../../diagnostics/policy/policy-keys.js';
import { ADMX, categoryName, optionStringId } from './admx-names.js';
import { indent, xmlEscape } from './xml-text.js';

/** The ADML folder name per language, as Windows looks them up in PolicyDefinitions. */
export const ADML_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', de: 'de-DE', sv: 'sv-SE' };

const FIXED: Readonly<Record<Lang, { readonly display: string; readonly description: string; readonly supported: string }>> = {
  en: { display: 'Homeline', description: 'Managed settings for Homeline, the home-connection checker.', supported: 'Homeline 0.1 and later' },
  de: { display: 'Homeline', description: 'Verwaltete Einstellungen für Homeline, die Prüfung der Heimverbindung.', supported: 'Homeline 0.1 und höher' },
  sv: { display: 'Homeline', description: 'Hanterade inställningar för Homeline, kontrollen av hemanslutningen.', supported: 'Homeline 0.1 och senare' },
};

/** One ADML file: the strings and presentations of every policy in one language. */
export function buildAdml(lang: Lang): string {
  const f = FIXED[lang];
  const strings: [string, string][] = [
    [ADMX.rootCategory, f.display],
    [ADMX.supportedOn, f.supported],
    ...POLICY_GROUPS.map((g): [string, string] => [categoryName(g), GROUP_TEXT[g][lang]]),
    ...POLICY_KEYS.flatMap((k) => keyStrings(k, lang)),
  ];
  const presentations = POLICY_KEYS.filter((k) => k.meta.type !== 'boolean').flatMap((k) => presentation(k, lang));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from diagnostics/policy/policy-schema.ts by `npm run policy-templates`; do not edit. -->',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <displayName>${xmlEscape(f.display)}</displayName>`,
    `  <description>${xmlEscape(f.description)}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xmlEscape(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...indent(presentations, 6),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}

function keyStrings(info: PolicyKeyInfo, lang: Lang): [string, string][] {
  const { regName, text, type } = info.meta;
  const explain = `${text[lang].description}\n\n${info.key} (${regName})`;
  const out: [string, string][] = [[regName, text[lang].title], [`${regName}_Explain`, explain]];
  if (type === 'enum') {
    for (const o of (info.schema as unknown as { options: readonly string[] }).options) out.push([optionStringId(regName, o), o]);
  }
  return out;
}

function presentation(info: PolicyKeyInfo, lang: Lang): string[] {
  const { regName, type, text } = info.meta;
  const label = xmlEscape(text[lang].title);
  const control = (() => {
    switch (type) {
      case 'integer':
        return `<decimalTextBox refId="${regName}" defaultValue="${typeof info.meta.example === 'number' ? info.meta.example : 0}">${label}</decimalTextBox>`;
      case 'enum':
        return `<dropdownList refId="${regName}" noSort="true">${label}</dropdownList>`;
      case 'string':
        return `<textBox refId="${regName}"><label>${label}</label></textBox>`;
      default:
        return `<multiTextBox refId="${regName}">${label}</multiTextBox>`;
    }
  })();
  return [`<presentation id="${regName}">`, `  ${control}`, '</presentation>'];
}
