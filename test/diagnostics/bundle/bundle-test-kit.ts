import { readdirSync, readFileSync, statSync } from 'node:fs';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import type { Report } from '../../../diagnostics/schema/report.js';

/** A valid report with nothing in it, for tests to fill. */
export function emptyReport(over: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    startedAt: '2026-11-23T08:00:00.000Z',
    durationMs: 4210,
    lang: 'en',
    quick: true,
    platform: { os: 'linux', release: '6.1.0', arch: 'x64' },
    verdict: { segment: 'none', headline: 'Your connection looks fine', summary: 'Nothing wrong.' },
    findings: [],
    probes: [],
    raw: [],
    ...over,
  };
}

/** Every entry of a zip as text. */
export function unzipTexts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Every captured-output fixture and lab recording in the repository, as repo-relative paths. */
export function allFixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, inFixtures: boolean): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, inFixtures || name === 'fixtures');
      else if (inFixtures) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, 'test/diagnostics'), false);
  walk(join(ROOT, 'test/lab/recordings'), true);
  return out.sort();
}

/** A fixture as the runner hands it over: Windows output as latin1, the rest as UTF-8. */
export function readFixture(path: string): string {
  return readFileSync(join(ROOT, path), path.split('/').at(-1)?.startsWith('win-') ? 'latin1' : 'utf8');
}

// --- Oracles: found independently of the redactor (its own patterns, Node's BlockList) ---

/** Hardware addresses as any tool prints them, all-zero and broadcast left out. */
export function macsIn(text: string): string[] {
  const found = [...text.matchAll(/(?<![0-9a-f])[0-9a-f]{1,2}(:|-|\\:)[0-9a-f]{1,2}(?:\1[0-9a-f]{1,2}){4}(?![0-9a-f])/gi)].map((m) => m[0]);
  return [...new Set(found)].filter((m) => !/^[0:\\-]+$/.test(m) && !/^[f:\\-]+$/i.test(m));
}

const NOT_PERSONAL_V4 = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) NOT_PERSONAL_V4.addSubnet(net, bits, 'ipv4');

/** Public IPv4 addresses in a text, except a version number right after the word "version". */
export function publicIpv4In(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/g)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index).split('\n').at(-1) ?? '';
    if (isIPv4(m[0]) && !NOT_PERSONAL_V4.check(m[0], 'ipv4') && !/version\D*$/i.test(before)) out.add(m[0]);
  }
  return [...out];
}

const NOT_PERSONAL_V6 = new BlockList();
NOT_PERSONAL_V6.addSubnet('2001:db8::', 32, 'ipv6');
NOT_PERSONAL_V6.addSubnet('ff00::', 8, 'ipv6');
NOT_PERSONAL_V6.addSubnet('::', 127, 'ipv6');
NOT_PERSONAL_V6.addSubnet('::ffff:0:0', 96, 'ipv6');
NOT_PERSONAL_V6.addSubnet('fe80::', 112, 'ipv6'); // fe80::N: a router's short link-local address

/** IPv6 addresses that point at a person: global, unique-local, link-local with an interface id. */
export function personalIpv6In(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[0-9a-f:]*:[0-9a-f:]*:[0-9a-f]+/gi)) {
    if (isIPv6(m[0]) && !NOT_PERSONAL_V6.check(m[0], 'ipv6')) out.add(m[0]);
  }
  return [...out];
}

/** Whether `needle` occurs in `hay` as a whole token (not inside a longer word or number). */
export function containsToken(hay: string, needle: string, ignoreCase = false): boolean {
  const esc = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${esc}(?![\\p{L}\\p{N}_])`, ignoreCase ? 'iu' : 'u').test(hay);
}
