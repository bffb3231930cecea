import { ipFamily } from '../route-lookup/ip-literal.js';
import { listingOf, type ResolverListing, type SystemResolver } from './types.js';

/** One `resolver #N` block of `scutil --dns`, as printed. */
export interface ScutilResolver {
  /** The block's number within its section. */
  readonly number: number;
  /** True for blocks of the "DNS configuration (for scoped queries)" section. */
  readonly scopedSection: boolean;
  readonly nameservers: readonly string[];
  readonly searchDomains: readonly string[];
  /** The `domain` line: the only names a supplemental resolver answers. */
  readonly domain?: string;
  /** The interface name from `if_index : 17 (utun4)`, or the bare number. */
  readonly interface?: string;
  /** The `flags` line split at commas: "Supplemental", "Scoped", "Request A records"… */
  readonly flags: readonly string[];
  /** The `options` line ("mdns" for Bonjour resolvers, which have no nameservers). */
  readonly options?: string;
}

// "nameserver[0] : 192.0.2.1", "search domain[1] : example.com", "flags    : Scoped, …"
const KEY_VALUE = /^([a-z_ ]+?)(?:\[\d+\])?\s*:\s*(.*)$/i;
// scutil's lines are short. A longer one is not its own, and KEY_VALUE would take quadratic time on
// it (a 40,000-character line of spaces costs seconds, blocking the engine's timers meanwhile).
const MAX_LINE = 512;

/** Reads the resolver blocks of macOS `scutil --dns` in order. Never throws. */
export function parseScutilBlocks(stdout: string): ScutilResolver[] {
  const blocks: ScutilResolver[] = [];
  let scopedSection = false;
  let block: { -readonly [K in keyof ScutilResolver]: ScutilResolver[K] } | null = null;
  const nameservers: string[] = [];
  const searchDomains: string[] = [];
  const flush = (): void => {
    if (block !== null) blocks.push({ ...block, nameservers: [...nameservers], searchDomains: [...searchDomains] });
    block = null;
    nameservers.length = 0;
    searchDomains.length = 0;
  };
  for (const raw of stdout.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (/^DNS configuration/i.test(line)) {
      flush();
      scopedSection = /scoped/i.test(line);
      continue;
    }
    const header = /^resolver #(\d+)/i.exec(line);
    if (header) {
      flush();
      block = { number: Number(header[1]), scopedSection, nameservers: [], searchDomains: [], flags: [] };
      continue;
    }
    const kv = block === null || line.length > MAX_LINE ? null : KEY_VALUE.exec(line);
    if (block === null || kv === null) continue;
    const key = (kv[1] ?? '').trim().toLowerCase();
    const value = (kv[2] ?? '').trim();
    if (key === 'nameserver') {
      // A link-local server carries its interface as a %zone; the address is the part before it.
      const address = value.replace(/%.*$/, '');
      if (ipFamily(address) !== 0) nameservers.push(address);
    } else if (key === 'search domain' && value !== '') searchDomains.push(value);
    else if (key === 'domain' && value !== '') block.domain = value;
    else if (key === 'if_index') block.interface = /\(([^)]+)\)/.exec(value)?.[1] ?? value;
    else if (key === 'flags') block.flags = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
    else if (key === 'options' && value !== '') block.options = value;
  }
  flush();
  return blocks;
}

/**
 * Which kind of resolver a block is. In the main section, blocks that carry a `domain` or the
 * Supplemental flag answer only that domain (VPN split DNS adds these); the others are the
 * defaults, first one first. Blocks of the scoped section serve queries bound to one interface.
 */
export function scopeOf(block: ScutilResolver): SystemResolver['scope'] {
  if (block.scopedSection || block.flags.some((f) => /^scoped$/i.test(f))) return 'scoped';
  if (block.domain !== undefined || block.flags.some((f) => /^supplemental$/i.test(f))) return 'supplemental';
  return 'default';
}

/** The resolvers of macOS `scutil --dns`, one entry per nameserver of each block. Never throws. */
export function parseScutilDns(stdout: string): SystemResolver[] {
  return parseScutilBlocks(stdout).flatMap((block) =>
    block.nameservers.map((address) => ({
      address,
      scope: scopeOf(block),
      ...(block.interface === undefined ? {} : { interface: block.interface }),
      ...(block.domain === undefined ? {} : { domains: [block.domain] }),
    })),
  );
}

/** The search domains of the first default resolver: what short names are completed with. */
export function scutilSearchDomains(stdout: string): string[] {
  const first = parseScutilBlocks(stdout).find((b) => scopeOf(b) === 'default' && b.searchDomains.length > 0);
  return first === undefined ? [] : [...first.searchDomains];
}

// What scutil prints when the system has no DNS configuration at all (configd's dnsinfo is empty).
// scutil is not localized, so this fixed line is part of its output format, like the headers.
const NO_CONFIGURATION = /^No DNS configuration available$/;
const SECTION = /^DNS configuration\b/;
const RESOLVER = /^resolver #\d+$/i;

/**
 * True when the output is scutil's own shape: the "No DNS configuration available" line alone, or a
 * "DNS configuration" section first and then only section headers, `resolver #N` headers and
 * `key : value` lines. Anything else (garbage, another program, a run cut mid-line) is not a
 * statement that there is no resolver.
 */
export function scutilShowsStructure(stdout: string): boolean {
  const lines = stdout
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 1 && NO_CONFIGURATION.test(lines[0]!)) return true;
  if (lines.length === 0 || !SECTION.test(lines[0]!)) return false;
  return lines.every((l) => l.length <= MAX_LINE && (SECTION.test(l) || RESOLVER.test(l) || KEY_VALUE.test(l)));
}

/** `scutil --dns` as a listing: its servers, none for sure (its own shape without any), or unreadable. Never throws. */
export function scutilListing(stdout: string): ResolverListing {
  const servers = parseScutilDns(stdout);
  return listingOf(servers, servers.length === 0 && scutilShowsStructure(stdout));
}
