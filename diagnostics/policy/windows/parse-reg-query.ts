import { parseRegQuery } from '../../platform/registry/parse-reg-query.js';
import type { RegistryValue } from './registry-value.js';

/**
 * The managed policy's values from `reg query KEY /s`, read with the engine's one `reg query`
 * reader (platform/registry), each typed as the policy reader needs it. Values outside a key are
 * ignored; the default value's localized name ("(Default)", "(Standard)") is returned as ''.
 */
export function policyValuesFromRegQuery(stdout: string): RegistryValue[] {
  return parseRegQuery(stdout).flatMap((v) =>
    v.key === null ? [] : [{ key: v.key.trim(), name: /^\(.*\)$/.test(v.name) ? '' : v.name, type: v.type, data: decodeData(v.type, v.data) }],
  );
}

function decodeData(type: string, text: string): RegistryValue['data'] {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return /^0x[0-9a-f]+$/i.test(text) ? Number.parseInt(text.slice(2), 16) : text;
    case 'REG_MULTI_SZ':
      // reg.exe joins the strings with a literal "\0"; an empty list prints nothing.
      return text === '' ? [] : text.split('\\0');
    default:
      return text;
  }
}
