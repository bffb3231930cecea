import type { PolicySource, RawPolicyEntry, SourceReading } from '../policy-source.js';
import { normalizeKeyPath, type RegistryValue } from './registry-value.js';

/**
 * Turns the values read under one policy key into a source reading. Only values directly under
 * the key are policy; values in subkeys, the default value and binary values are reported as
 * skipped so IT sees that they were not applied.
 */
export function registryReading(values: readonly RegistryValue[], keyPath: string, source: PolicySource): SourceReading {
  const root = normalizeKeyPath(keyPath);
  const entries: RawPolicyEntry[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const v of values) {
    const inRoot = normalizeKeyPath(v.key) === root;
    const label = v.name === '' ? '(default)' : v.name;
    if (!inRoot) skipped.push({ name: `${v.key}\\${label}`, reason: 'is in a subkey; Homeline reads values directly under its policy key only' });
    else if (v.name === '') skipped.push({ name: label, reason: 'the default value of the key is not a policy' });
    else if (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ' || v.type === 'REG_DWORD' || v.type === 'REG_QWORD' || v.type === 'REG_MULTI_SZ') {
      entries.push({ name: v.name, value: v.data, source });
    } else skipped.push({ name: v.name, reason: `has type ${v.type}, which no Homeline policy uses (use REG_SZ, REG_DWORD or REG_MULTI_SZ)` });
  }
  return { source, found: true, entries, ...(skipped.length > 0 ? { skipped } : {}) };
}
