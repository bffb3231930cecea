import { findRegValue, firstKeyValues, parseRegQuery, regDword, regString } from '../registry/parse-reg-query.js';

/** The proxy values of the user's Internet Settings key. */
export interface InternetSettings {
  /** False when the output held no value lines at all (an error, a missing key, garbage). */
  readonly read: boolean;
  readonly proxyEnable: boolean | null;
  readonly proxyServer: string | null;
  readonly proxyOverride: string | null;
  readonly autoConfigUrl: string | null;
}

/** Reads ProxyEnable, ProxyServer, ProxyOverride and AutoConfigURL from `reg query` output. Never throws. */
export function parseInternetSettings(stdout: string): InternetSettings {
  const values = firstKeyValues(parseRegQuery(stdout));
  const enable = regDword(values, 'ProxyEnable');
  return {
    read: values.length > 0,
    proxyEnable: enable === null ? null : enable !== 0,
    proxyServer: regString(values, 'ProxyServer'),
    proxyOverride: regString(values, 'ProxyOverride'),
    autoConfigUrl: regString(values, 'AutoConfigURL'),
  };
}

/** The flags byte of DefaultConnectionSettings, as the Internet Options dialog ticks them. */
export interface ConnectionFlags {
  readonly manualProxy: boolean;
  readonly pacScript: boolean;
  readonly autoDetect: boolean;
}

/**
 * Reads the flags of `reg query …\Connections /v DefaultConnectionSettings`: byte 8 of the blob
 * (after a version and a change counter) holds 0x02 proxy, 0x04 PAC script, 0x08 auto-detect.
 * Null when the value is absent or too short. Never throws.
 */
export function parseConnectionFlags(stdout: string): ConnectionFlags | null {
  const v = findRegValue(firstKeyValues(parseRegQuery(stdout)), 'DefaultConnectionSettings');
  if (v === undefined || v.type !== 'REG_BINARY' || !/^[0-9a-f]{18,}$/i.test(v.data.trim())) return null;
  const flags = Number.parseInt(v.data.slice(16, 18), 16);
  return { manualProxy: (flags & 0x02) !== 0, pacScript: (flags & 0x04) !== 0, autoDetect: (flags & 0x08) !== 0 };
}
