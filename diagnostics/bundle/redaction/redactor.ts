import { redactHardwareIds } from './hardware-ids.js';
import { identityLiterals, type Identity } from './identity.js';
import { ipv4Octets, isKeptIpv4, shortenIpv4 } from './ipv4.js';
import { redactIpv6 } from './ipv6.js';
import { hexPrefix, type KeyedHash } from './keyed-hash.js';
import { literalReplacer, type Literal } from './literals.js';
import { hashesSsids, type RedactionOptions } from './policy.js';

/** How many values of each kind a redactor replaced: the manifest reports it. */
export interface RedactionTally {
  hardwareIds: number;
  ipv4: number;
  ipv6: number;
  identity: number;
  ssids: number;
}

/** What a redactor is built from. */
export interface RedactorInput {
  readonly options: RedactionOptions;
  readonly hash: KeyedHash;
  readonly identity: Identity;
  /** Network names to keep or hash (see collect-ssids.ts). */
  readonly ssids: Iterable<string>;
  /** Public addresses that are not the user's and the help desk needs: the profile's targets. */
  readonly keepAddresses?: Iterable<string>;
}

/** Redacts text and JSON values; one per bundle, so its tally covers the whole bundle. */
export interface Redactor {
  text(s: string): string;
  json<T>(value: T): T;
  readonly tally: Readonly<RedactionTally>;
}

// Candidate IPv6 addresses: hex groups and colons, an optional IPv4 tail and zone; validated after.
const IPV6 = /(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?:%[0-9A-Za-z_.-]+)?/g;
// A dotted quad that is not part of a longer dotted run (firmware "18.20.439.0.7.8").
const IPV4 = /(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\.?\d)/g;
// A version right before the number ("Version REG_SZ 23.9.1.104", "ID_VERSION=24.2.0.65").
const VERSION_BEFORE = /version[^\d\n]{0,24}$/i;
// Private-use characters stand in for decided IPv6 addresses so later passes do not touch them.
const HOLD = /\uE000(\d+)\uE001/g;

/** Builds the redactor for one bundle. With level `off` it changes nothing. */
export function createRedactor(input: RedactorInput): Redactor {
  const { options, hash } = input;
  const tally: RedactionTally = { hardwareIds: 0, ipv4: 0, ipv6: 0, identity: 0, ssids: 0 };
  const strict = options.level === 'strict';
  const keep = new Set([...(input.keepAddresses ?? [])].map((a) => a.toLowerCase()));
  const literals: Literal[] = [...identityLiterals(input.identity)];
  if (hashesSsids(options)) {
    for (const ssid of input.ssids) literals.push({ value: ssid, replacement: `ssid-${hexPrefix(hash('ssid', ssid), 4)}`, ignoreCase: false, kind: 'ssid' });
  }
  const replaceLiterals = literalReplacer(literals);

  const text = (s: string): string => {
    if (options.level === 'off' || s === '') return s;
    let out = replaceLiterals(s, (kind) => (kind === 'ssid' ? tally.ssids++ : tally.identity++));
    const held: string[] = [];
    out = out.replace(IPV6, (m) => {
      const [address = m, zone] = m.split('%');
      if (keep.has(address.toLowerCase())) return m;
      const r = redactIpv6(address, strict ? 2 : 3, strict ? 2 : 3);
      if (r === undefined) return m;
      if (r !== address) tally.ipv6++;
      held.push(zone === undefined ? r : `${r}%${zone}`);
      return `\uE000${held.length - 1}\uE001`;
    });
    out = redactHardwareIds(out, hash, !strict, () => tally.hardwareIds++);
    out = out.replace(IPV4, (m, offset: number, whole: string) => {
      const octets = ipv4Octets(m);
      if (!octets || isKeptIpv4(octets) || keep.has(m)) return m;
      const lineStart = whole.lastIndexOf('\n', offset) + 1;
      if (VERSION_BEFORE.test(whole.slice(Math.max(lineStart, offset - 40), offset))) return m;
      tally.ipv4++;
      return shortenIpv4(octets, strict ? 2 : 3);
    });
    return out.replace(HOLD, (_, i: string) => held[Number(i)] ?? '');
  };

  const json = <T>(value: T): T => walk(value, text) as T;
  return { text, json, tally };
}

// A key spelled like a field name ("status", "ssid") is the program's, not the user's data.
const FIELD_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Applies `f` to every string in a JSON value, and to every key that is not a plain field name (a
 * MAC or an address used as a key). A bare version number under a `version` key ("23.9.1.104")
 * is not an address and stays readable.
 */
function walk(value: unknown, f: (s: string) => string, key = ''): unknown {
  if (typeof value === 'string') return /version/i.test(key) && /^\d+(?:\.\d+)+$/.test(value) ? value : f(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, f, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [FIELD_NAME.test(k) ? k : f(k), walk(v, f, k)]));
  }
  return value;
}
