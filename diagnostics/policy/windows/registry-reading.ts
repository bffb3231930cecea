import type { PolicyProblem } from '../policy-problem.js';
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
  const skipped: { name: string; problem: PolicyProblem }[] = [];
  for (const v of values) {
    const inRoot = normalizeKeyPath(v.key) === root;
    const label = v.name === '' ? '(default)' : v.name;
    if (!inRoot) skipped.push({ name: `${v.key}\\${label}`, problem: { code: 'inSubkey' } });
    else if (v.name === '') skipped.push({ name: label, problem: { code: 'defaultValue' } });
    else if (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ' || v.type === 'REG_DWORD' || v.type === 'REG_QWORD' || v.type === 'REG_MULTI_SZ') {
      entries.push({ name: v.name, value: v.data, source });
    } else skipped.push({ name: v.name, problem: { code: 'unsupportedType', detail: v.type } });
  }
  return { source, found: true, entries, ...(skipped.length > 0 ? { skipped } : {}) };
}
