import type { RegistryValue } from './registry-value.js';

// "    Name    REG_TYPE    data": four spaces around each column. The name may hold single spaces.
const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/s; // s: data may hold U+2028 and the like

/**
 * Parses `reg query KEY /s` output by its structure: lines starting with HKEY_ open a key, indented
 * lines are values. Everything else is the tool's localized chatter ("End of search", "Ende der
 * Suche", "Sökningen är slutförd"), which is skipped, so German and Swedish Windows read the same.
 * The default value's localized name ("(Default)", "(Standard)") is returned as ''.
 */
export function parseRegQuery(stdout: string): RegistryValue[] {
  const out: RegistryValue[] = [];
  let key: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      key = line.trim();
      continue;
    }
    const m = VALUE_LINE.exec(line);
    if (!m || key === undefined) continue;
    const [, rawName = '', type = '', text = ''] = m;
    const name = /^\(.*\)$/.test(rawName) ? '' : rawName;
    out.push({ key, name, type, data: decodeData(type, text) });
  }
  return out;
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
