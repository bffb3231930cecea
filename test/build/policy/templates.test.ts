import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { policyTemplates } from '../../../build/policy/templates.js';
import { parsePlist } from '../../../diagnostics/policy/darwin/parse-plist.js';
import { dictionaryReading } from '../../../diagnostics/policy/dictionary-reading.js';
import { POLICY_KEYS } from '../../../diagnostics/policy/policy-keys.js';
import { validatePolicy } from '../../../diagnostics/policy/validate-policy.js';

const root = new URL('../../../', import.meta.url);
const templates = policyTemplates();
const committed = (file: string) => readFileSync(new URL(file, root), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['policy', 'string', 'presentation', 'category', 'item', 'key'].includes(name) });

function xml(file: string): Record<string, unknown> {
  const text = committed(file);
  const valid = XMLValidator.validate(text);
  expect(valid, `${file}: ${JSON.stringify(valid)}`).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

describe('policy templates generated from the schema', () => {
  it.each(Object.keys(templates))('%s is committed as generated (run `npm run policy-templates`)', (file) => {
    expect(committed(file)).toBe(templates[file]);
  });

  it('the ADMX has one policy per schema key, each in a declared category', () => {
    const doc = xml('build/policy/windows/homeline.admx') as { policyDefinitions: { policies: { policy: Record<string, unknown>[] }; categories: { category: { '@name': string }[] } } };
    const policies = doc.policyDefinitions.policies.policy;
    expect(policies.map((p) => p['@name'])).toEqual(POLICY_KEYS.map((k) => k.meta.regName));
    const categories = new Set(doc.policyDefinitions.categories.category.map((c) => c['@name']));
    for (const p of policies) expect(categories.has((p.parentCategory as { '@ref': string })['@ref'])).toBe(true);
    const bool = policies.find((p) => p['@name'] === 'StartAtLogin');
    expect(bool?.['@valueName']).toBe('StartAtLogin');
    const minutes = policies.find((p) => p['@name'] === 'BackgroundCheckMinutes') as { elements: { decimal: Record<string, string> } };
    expect(minutes.elements.decimal).toMatchObject({ '@minValue': '0', '@maxValue': '1440' });
  });

  it.each(['en-US', 'de-DE', 'sv-SE'])('the %s ADML defines every string and presentation the ADMX refers to', (locale) => {
    const admx = committed('build/policy/windows/homeline.admx');
    const doc = xml(`build/policy/windows/${locale}/homeline.adml`) as {
      policyDefinitionResources: { resources: { stringTable: { string: { '@id': string; '#text': string }[] }; presentationTable: { presentation: { '@id': string }[] } } };
    };
    const { stringTable, presentationTable } = doc.policyDefinitionResources.resources;
    const strings = new Map(stringTable.string.map((s) => [s['@id'], s['#text']]));
    const presentations = new Set(presentationTable.presentation.map((p) => p['@id']));
    for (const [, id] of admx.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings.get(id!), id).toBeTruthy();
    for (const [, id] of admx.matchAll(/\$\(presentation\.([^)]+)\)/g)) expect(presentations.has(id!), id).toBe(true);
    const lang = locale.slice(0, 2) as 'en' | 'de' | 'sv';
    for (const k of POLICY_KEYS) expect(strings.get(k.meta.regName)).toBe(k.meta.text[lang].title);
  });

  it('the mobileconfig is a valid plist whose payload carries every key, and macOS would apply all of it', () => {
    xml('build/policy/macos/org.homeline.agent.mobileconfig');
    const profile = parsePlist(Buffer.from(committed('build/policy/macos/org.homeline.agent.mobileconfig'))) as { PayloadContent: Record<string, unknown>[] };
    const payload = profile.PayloadContent[0]!;
    for (const k of POLICY_KEYS) expect(Object.keys(payload)).toContain(k.key);
    const policy = validatePolicy([dictionaryReading(payload, { location: 'sample', scope: 'machine' })]);
    expect(policy.issues).toEqual([]);
    expect(Object.keys(policy.values)).toHaveLength(POLICY_KEYS.length);
  });

  it('the Linux example is a complete, valid policy', () => {
    const example = JSON.parse(committed('build/policy/linux/policy.example.json')) as Record<string, unknown>;
    const policy = validatePolicy([dictionaryReading(example, { location: 'example', scope: 'machine' })]);
    expect(policy.issues).toEqual([]);
    expect(Object.keys(policy.values)).toHaveLength(POLICY_KEYS.length);
    const schema = JSON.parse(committed('build/policy/linux/policy.schema.json')) as { properties: Record<string, { description?: string }> };
    for (const k of POLICY_KEYS) expect(schema.properties[k.key]?.description).toBe(k.meta.text.en.description);
  });

  it('the policy reference documents every key with its registry name', () => {
    const md = committed('docs/policy-reference.md');
    for (const k of POLICY_KEYS) expect(md).toContain(`### \`${k.key}\` — ${k.meta.text.en.title}`), expect(md).toContain(`\`${k.meta.regName}\``);
  });
});
