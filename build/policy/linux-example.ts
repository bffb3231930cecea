import { z } from 'zod';
import { POLICY_KEYS } from '../../diagnostics/policy/policy-keys.js';
import { policySchema } from '../../diagnostics/policy/policy-schema.js';

/**
 * /etc/homeline/policy.json, documented: the example names its JSON Schema (editors then show
 * each key's description and check the values), and the schema carries the English descriptions.
 */
export function buildLinuxExample(): string {
  const example = { $schema: './policy.schema.json', ...Object.fromEntries(POLICY_KEYS.map((k) => [k.key, k.meta.example])) };
  return `${JSON.stringify(example, null, 2)}\n`;
}

/** The JSON Schema of the policy file: every key optional, each with title and description. */
export function buildPolicyJsonSchema(): string {
  const base = z.toJSONSchema(policySchema.partial(), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  for (const k of POLICY_KEYS) {
    const prop = base.properties[k.key];
    if (prop) Object.assign(prop, { title: k.meta.text.en.title, description: k.meta.text.en.description });
  }
  const schema = { $id: 'https://homeline.invalid/schema/policy.json', ...base, properties: { $schema: { type: 'string' }, ...base.properties } };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
