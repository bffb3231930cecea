import type { PolicyKeyMeta } from './policy-meta.js';
import { problemFrom, type PolicyProblem } from './policy-problem.js';

/** A value brought to the shape its key's schema expects, or the reason it cannot be. */
export type Coerced = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: PolicyProblem };

/**
 * Brings a stored value to its key's type. Each store has its own habits: the registry has no
 * booleans (REG_DWORD 0/1), ADMX multi-line text fields write REG_MULTI_SZ, plists and JSON have
 * real types. What cannot be brought over is left as it is, and the schema names the problem.
 */
export function coerceValue(type: PolicyKeyMeta['type'], value: unknown): Coerced {
  switch (type) {
    case 'boolean':
      if (value === 0 || value === 1) return { ok: true, value: value === 1 };
      if (typeof value === 'string' && /^(true|false|0|1)$/i.test(value.trim())) return { ok: true, value: /^(true|1)$/i.test(value.trim()) };
      return { ok: true, value };
    case 'integer':
      if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return { ok: true, value: Number(value) };
      return { ok: true, value };
    case 'string':
    case 'enum':
      if (Array.isArray(value) && value.length === 1) return { ok: true, value: value[0] };
      return { ok: true, value };
    case 'stringList':
      if (typeof value === 'string') return listFromText(value);
      return { ok: true, value };
    case 'json':
      if (typeof value === 'string') return jsonFromText(value);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return jsonFromText(value.join('\n'));
      return { ok: true, value };
  }
}

/** A list written as one string: a JSON array, or items on lines or separated by `,` or `;`. */
function listFromText(text: string): Coerced {
  if (text.trim().startsWith('[')) return jsonFromText(text);
  return { ok: true, value: text.split(/[\n,;]/).map((s) => s.trim()).filter((s) => s !== '') };
}

function jsonFromText(text: string): Coerced {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problem: problemFrom('invalidJson', e) };
  }
}
