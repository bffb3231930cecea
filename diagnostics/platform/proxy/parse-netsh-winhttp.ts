import { parseProxyList, splitBypass } from './proxy-address.js';
import type { ProxyServer } from './types.js';

// Known to read: captured English outputs (test/fixtures/real/netsh-winhttp: Windows Server, Windows
// 10/11, direct and proxy) and written German and Swedish fixtures.

/** The WinHTTP proxy as `netsh winhttp show proxy` printed it. */
export interface WinhttpProxy {
  readonly state: 'direct' | 'proxy' | 'unknown';
  readonly servers: readonly ProxyServer[];
  readonly bypass: readonly string[];
}

const MAX_LINE = 1000;

/** The value of an indented "Label : value" line, or null; string scanning keeps it linear. */
function labelledValue(line: string): string | null {
  if (!/^[ \t]/.test(line)) return null;
  const colon = line.indexOf(':');
  if (colon < 0 || line.slice(0, colon).trim() === '' || !/[ \t]/.test(line[colon + 1] ?? '')) return null;
  const value = line.slice(colon + 1).trim();
  return value === '' ? null : value;
}

/**
 * Reads `netsh winhttp show proxy` in any display language by its structure, not its words:
 * the proxy line is the first "label : value" line whose value is a proxy list, and the bypass
 * list is the labelled line right after it. "(none)", "(keine)", "(ingen)" are parenthesised.
 * Without a proxy line, an indented sentence with a parenthesised remark under the WinHTTP
 * heading is the "Direct access (no proxy server)." line. Never throws.
 */
export function parseNetshWinhttp(stdout: string): WinhttpProxy {
  const lines = stdout.split(/\r?\n|\r/).filter((l) => l.length <= MAX_LINE);
  for (let i = 0; i < lines.length; i++) {
    const value = labelledValue(lines[i]!);
    if (value === null) continue;
    const { servers } = parseProxyList(value);
    if (servers.length === 0) continue;
    const bypassText = i + 1 < lines.length ? (labelledValue(lines[i + 1]!) ?? '') : '';
    const bypass = /^\(.*\)$/.test(bypassText) ? [] : splitBypass(bypassText);
    return { state: 'proxy', servers, bypass };
  }
  const heading = lines.some((l) => /winhttp/i.test(l));
  const directLine = lines.some((l) => /^[ \t]/.test(l) && !l.includes(':') && /\([^()]+\)\.?[ \t]*$/.test(l));
  return { state: heading && directLine ? 'direct' : 'unknown', servers: [], bypass: [] };
}
