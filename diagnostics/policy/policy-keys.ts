import type { z } from 'zod';
import { policyMeta, type PolicyKeyMeta } from './policy-meta.js';
import { policySchema, type PolicyKey } from './policy-schema.js';

/** One policy key with its schema and metadata: what readers, templates and docs iterate over. */
export interface PolicyKeyInfo {
  readonly key: PolicyKey;
  readonly schema: z.ZodType;
  readonly meta: PolicyKeyMeta;
}

/** Every key of the schema in order; a key without metadata is a bug and throws at load. */
export const POLICY_KEYS: readonly PolicyKeyInfo[] = Object.entries(policySchema.shape).map(([key, schema]) => {
  const meta = policyMeta.get(schema);
  if (!meta) throw new Error(`policy key ${key} has no template metadata`);
  return { key: key as PolicyKey, schema, meta };
});

const byLowerName = new Map<string, PolicyKeyInfo>();
for (const info of POLICY_KEYS) {
  byLowerName.set(info.key.toLowerCase(), info);
  byLowerName.set(info.meta.regName.toLowerCase(), info);
}

/**
 * Finds a key by the name a source uses: camelCase in plists and JSON, PascalCase in the registry.
 * Case-insensitive, as the registry is.
 */
export function findPolicyKey(name: string): PolicyKeyInfo | undefined {
  return byLowerName.get(name.toLowerCase());
}

/** The keys a user may also set in the app. */
export const USER_SETTING_KEYS: readonly PolicyKey[] = POLICY_KEYS.filter((k) => k.meta.userSetting).map((k) => k.key);
