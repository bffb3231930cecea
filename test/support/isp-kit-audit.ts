import { LANGS, translator } from '../../diagnostics/i18n/translator.js';
import { buildIspCall, type IspCall } from '../../diagnostics/report/isp-call.js';
import type { IspConfirmations } from '../../diagnostics/report/isp-call-confirmations.js';
import { ispCallFactsOfReport, type IspCallFacts } from '../../diagnostics/report/isp-call-facts.js';
import { backingProblems } from '../../diagnostics/report/isp-call-sentences.js';
import type { Report } from '../../diagnostics/schema/report.js';
import type { IspSettings } from '../../diagnostics/settings/user-settings.js';

/**
 * Walks the ISP call kits a report gives, in every language and with every kind of confirmation,
 * and lists what would be untrue or must not be read to a provider. Two independent views:
 * - each sentence against its declaration in the registry (isp-call-sentences.ts): backed by the
 *   report's own figures, the user's confirmations and details, true, and bearing on the complaint;
 * - the text itself, checked without the engine's help: no placeholder, no "0 ms", no address or
 *   host name from inside the home or the company (read from the report's own probe data, and by
 *   pattern), no host name at all, and nothing in the script that is not a declared sentence.
 */

/** Confirmation sets every kit is walked with: none, each alone, all. 00:00 is before any check of the day. */
export const CONFIRMATION_SETS: readonly IspConfirmations[] = [
  {},
  { restartAt: '00:00' },
  { cable: true },
  { secondDevice: true },
  { restartAt: '00:00', cable: true, secondDevice: true },
];

const PLACEHOLDER = /—|_{2,}|\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object |\s[.,:;]|\(\s*\)/;
const ZERO_MS = /(^|[^\d.,])0[\s\u00a0\u202f]?ms\b/;
// Written here on purpose rather than imported: private, CGNAT-free inside ranges, loopback, link-local, benchmark.
const INSIDE_V4 = /\b(10\.\d+|172\.(1[6-9]|2\d|3[01])|192\.168|127\.\d+|169\.254|198\.(18|19))\.\d+\.\d+\b/;
const INSIDE_V6 = /\b(f[cd][0-9a-f]{2}|fe80):[0-9a-f:]*/i;
const HOST_NAME = /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;
const ADDRESS_OR_HOST = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]+|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

/** Probes whose data is about the home or the company, never the provider's to check. */
const INSIDE_PROBES = /^(adapters|gateway-ping|wifi|proxy|power|vpn-|citrix-|company-)/;

function strings(v: unknown, out: Set<string>): Set<string> {
  if (typeof v === 'string') {
    if (ADDRESS_OR_HOST.test(v.trim())) out.add(v.trim());
    for (const m of v.matchAll(/https?:\/\/([^/:\s]+)/g)) out.add(m[1]!);
  } else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

/** Addresses and names the report shows belong to the home or the company. */
export function insideNames(r: Report): Set<string> {
  const out = new Set<string>();
  for (const p of r.probes) if (INSIDE_PROBES.test(p.id)) strings(p.data, out);
  // Every URL the check fetched is the company's or a public site's, never the provider's.
  for (const p of r.probes.filter((x) => x.id === 'https')) strings(p.data, out);
  const dns = r.probes.find((p) => p.id === 'dns-system')?.data as { resolvers?: { address: string; role?: string; owner?: string }[] } | undefined;
  for (const res of dns?.resolvers ?? []) if (res.role === 'router' || (res.owner !== undefined && res.owner !== 'provider')) out.add(res.address);
  return out;
}

/** What is wrong with the text of one line a user reads out. */
export function textProblems(line: string, inside: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (PLACEHOLDER.test(line)) problems.push(`placeholder in "${line}"`);
  if (ZERO_MS.test(line)) problems.push(`"0 ms" in "${line}"`);
  if (INSIDE_V4.test(line) || INSIDE_V6.test(line)) problems.push(`an inside address in "${line}"`);
  if (HOST_NAME.test(line)) problems.push(`a host name in "${line}"`);
  for (const name of inside) if (line.includes(name)) problems.push(`"${name}" (home or company) in "${line}"`);
  return problems;
}

/** Problems of one built kit: each sentence's backing, each line's text, and the script's make-up. */
export function kitProblems(kit: IspCall, facts: IspCallFacts, lang: (typeof LANGS)[number], inside: ReadonlySet<string>): string[] {
  const t = translator(lang);
  const problems = kit.said.flatMap((s) => backingProblems(s, facts, t).map((p) => `${lang}: ${p}`));
  // What the user typed in (customer number, line id) is theirs to read out: it is masked for the text checks.
  const typed = [facts.isp.customerNumber, facts.isp.lineId, facts.isp.name].filter((v): v is string => v !== undefined && v !== '');
  const mask = (line: string) => typed.reduce((l, v) => l.split(v).join('X'), line);
  for (const line of [...kit.script.split('\n'), ...kit.checklist]) problems.push(...textProblems(mask(line), inside).map((p) => `${lang}: ${p}`));
  // Nothing is in the script that is not a declared sentence: take the said sentences away, in order.
  let rest = kit.script;
  for (const s of kit.said.filter((x) => x.section !== 'checklist')) {
    const at = rest.indexOf(s.text);
    if (at < 0) problems.push(`${lang}: "${s.text}" is said but not in the script`);
    else rest = rest.slice(0, at) + rest.slice(at + s.text.length);
  }
  if (rest.trim() !== '') problems.push(`${lang}: the script has words no sentence declares: "${rest.trim()}"`);
  return problems;
}

export interface AuditContext {
  readonly isp?: IspSettings;
  readonly timeZone?: string;
}

/**
 * Every problem of the kits one report gives: the report's own kit must be the registry's (rebuilt
 * from the report in its language), then the kit in en, de and sv with each confirmation set.
 * An `isp` verdict without a kit is a problem too (the contract promises one).
 */
export function auditReportKits(r: Report, ctx: AuditContext = {}): string[] {
  if (!r.ispCall) return r.verdict.segment === 'isp' ? ['an isp verdict without a call kit'] : [];
  const problems: string[] = [];
  const inside = insideNames(r);
  const facts = ispCallFactsOfReport(r, ctx);
  const own = buildIspCall(facts, translator(r.lang));
  if (own.script !== r.ispCall.script) problems.push(`the report's script is not the registry's:\n${r.ispCall.script}\n---\n${own.script}`);
  if (JSON.stringify(own.checklist) !== JSON.stringify(r.ispCall.checklist)) problems.push("the report's checklist is not the registry's");
  for (const lang of LANGS) {
    for (const confirmed of CONFIRMATION_SETS) {
      const f = { ...facts, confirmed };
      problems.push(...kitProblems(buildIspCall(f, translator(lang)), f, lang, inside));
    }
  }
  return [...new Set(problems)];
}
