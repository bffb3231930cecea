import type { CheckFigures } from '../history/figures.js';
import { patternVars } from '../history/pattern-findings.js';
import type { Translator, Vars } from '../i18n/translator.js';
import { isConfirmed, type ConfirmationId } from './isp-call-confirmations.js';
import type { IspCallFacts } from './isp-call-facts.js';
import { isProviderNameable } from './provider-address.js';

/**
 * Every sentence the ISP call kit can say, with what backs it. A sentence is said only through
 * `say`, which fills its values from the sources declared here (a report field, the user's line
 * details, a history pattern, a confirmation) and refuses when a source is unknown, a needed
 * confirmation is missing or the declared condition does not hold. `backingProblems` checks a
 * finished sentence against the same declaration, so a test can walk every kit mechanically.
 */

/** Where one value of a sentence comes from; null: not known, so the sentence cannot be said. */
type Source = (f: IspCallFacts, t: Translator, ref: number) => string | number | null;

export interface SentenceSpec {
  /**
   * `claim` states something about the line or about what the user did; `todo`, `ask`, `offer`
   * and `cue` (what the provider is expected to say) state nothing that could be false.
   */
  readonly kind: 'claim' | 'todo' | 'ask' | 'offer' | 'cue';
  readonly vars?: Readonly<Record<string, Source>>;
  readonly confirmed?: readonly ConfirmationId[];
  /** What must be true of the facts for the claim to be true, beyond its values being known. */
  readonly holds?: (f: IspCallFacts, ref: number) => boolean;
  /**
   * When the sentence bears on the complaint (the check's findings): a true figure that is fine
   * and beside the point (a fast download in a DNS complaint) only distracts the provider.
   */
  readonly relevant?: (f: IspCallFacts, ref: number) => boolean;
}

/** Loss at or above this share of packets is worth telling the provider (history's "lossy" too). */
export const CITE_LOSS_PCT = 2;
/** The router link counts as clean below this loss (the verdict's "minor" threshold starts here). */
export const CLEAN_ROUTER_PCT = 0.5;
/** Rise under load worth citing without a bufferbloat finding. */
const LOADED_RISE_MS = 60;

type NumberFigure = { [K in keyof CheckFigures]: CheckFigures[K] extends number | null ? K : never }[keyof CheckFigures];

const fig = (k: NumberFigure): Source => (f) => f.figures[k];
/** A duration or rate is cited only when above zero: "0 ms" is a resolution limit, not a figure. */
const positive = (k: NumberFigure): Source => (f) => {
  const v = f.figures[k];
  return v !== null && v > 0 ? v : null;
};
/** An address the provider can check; private, company and lab-inside addresses never are. */
const nameable = (k: 'ispHop' | 'dnsFailedServer'): Source => (f) => {
  const v = f.figures[k];
  return v !== null && isProviderNameable(v) ? v : null;
};

const LOCALE = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' } as const;

/** The date and time of a check in the script's language. */
export function callDate(f: Pick<IspCallFacts, 'checkedAt' | 'timeZone'>, t: Translator, style: 'long' | 'time'): string {
  const opts: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return new Intl.DateTimeFormat(LOCALE[t.lang], { ...opts, ...(f.timeZone ? { timeZone: f.timeZone } : {}) }).format(f.checkedAt);
}

const when: Source = (f, t) => callDate(f, t, 'long');
const time: Source = (f, t) => callDate(f, t, 'time');
const isp = (k: 'customerNumber' | 'lineId' | 'contractDownMbps' | 'contractUpMbps'): Source => (f) => f.isp[k] ?? null;
const restart: Source = (f) => f.confirmed?.restartAt ?? null;

/** Speeds: ref 0 is the download, 1 the upload. */
const DIR = [
  { mbps: 'downloadMbps', min: 'minDownloadMbps', contract: 'contractDownMbps', finding: 'isp.slow-download' },
  { mbps: 'uploadMbps', min: 'minUploadMbps', contract: 'contractUpMbps', finding: 'isp.slow-upload' },
] as const;
const dir = (ref: number) => DIR[ref === 1 ? 1 : 0];
const speed: Source = (f, _t, ref) => positive(dir(ref).mbps)(f, _t, ref);
const contract: Source = (f, _t, ref) => f.isp[dir(ref).contract] ?? null;
const minimum: Source = (f, _t, ref) => f.figures[dir(ref).min];
const shareOfContract: Source = (f, _t, ref) => {
  const mbps = f.figures[dir(ref).mbps];
  const c = f.isp[dir(ref).contract];
  return mbps !== null && mbps > 0 && c !== undefined ? Math.round((mbps / c) * 1000) / 10 : null;
};

/** A history pattern's values (ref: its index), the weekday put into words. */
const pattern = (name: string): Source => (f, t, ref) => {
  const p = f.patterns[ref];
  if (!p) return null;
  const v = patternVars(p)[name];
  if (v === undefined) return null;
  return typeof v === 'string' && v.startsWith('@') ? t.t(v.slice(1)) : v;
};

/**
 * The provider's drop-outs the monitor recorded (history/dropout-summary.ts), every figure counted
 * from stored events. "The router answered throughout" is what an isp drop-out means: the monitor
 * blames the provider only while the router answers.
 */
const dropout = (name: 'days' | 'count' | 'seconds' | 'inWindow' | 'from' | 'to' | 'silent'): Source => (f) => {
  const d = f.dropouts;
  if (!d) return null;
  const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
  switch (name) {
    case 'days': return d.days;
    case 'count': return d.count;
    case 'seconds': return d.minSeconds === d.maxSeconds ? String(d.minSeconds) : `${d.minSeconds}–${d.maxSeconds}`;
    case 'inWindow': return d.window?.count ?? null;
    case 'from': return d.window ? hh(d.window.fromHour) : null;
    case 'to': return d.window ? hh(d.window.toHour) : null;
    case 'silent': return d.hopSilent !== null && d.hopSilent > 0 ? d.hopSilent : null;
  }
};

const DNS_CODES = new Set(['nxdomain', 'nodata', 'servfail', 'refused', 'timeout', 'unreachable', 'error']);
const dnsOutcome: Source = (f, t) => {
  const code = f.figures.dnsFailedOutcome;
  return code === null || code === 'ok' ? null : t.t(`dnsOutcome.${DNS_CODES.has(code) ? code : 'error'}`);
};
/** Owners of a failing resolver that make it the provider's to check (null: a resolver that is not the router, as the DNS rule reads it). */
const PROVIDER_OWNERS: ReadonlySet<string | null> = new Set([null, 'provider']);
/** A local stub (systemd-resolved, dnsmasq) passes the provider's failure on: said without its address. */
const RELAYED_OWNERS: ReadonlySet<string | null> = new Set([...PROVIDER_OWNERS, 'local-stub']);

// Conditions the claims declare.
const has = (f: IspCallFacts, id: string): boolean => f.findingIds.includes(id);
export const routerClean = (f: IspCallFacts): boolean => f.figures.gatewayLossPct !== null && f.figures.gatewayLossPct < CLEAN_ROUTER_PCT;
/**
 * The check found that the router ignores ping to itself, or answers it only in part while the
 * traffic through it passes: its ping figure is not the link's, so no sentence reads it as loss.
 */
const routerPingNotTheLink = (f: IspCallFacts): boolean => has(f, 'home.router-ignores-ping') || has(f, 'home.router-ping-deprioritized');
export const lineOutage = (f: IspCallFacts): boolean => (f.figures.internetSent ?? 0) > 0 && f.figures.internetReceived === 0;
export const lineLoss = (f: IspCallFacts): boolean =>
  !lineOutage(f) && f.figures.internetLossPct !== null && f.figures.internetLossPct >= CITE_LOSS_PCT;
const hopLoss = (f: IspCallFacts): number | null => f.figures.ispHopLossPct;
/** The measured speed falls clearly short (below 90 %) of the contract. */
export const speedBelowContract = (f: IspCallFacts, ref: number): boolean => {
  const mbps = f.figures[dir(ref).mbps];
  const c = f.isp[dir(ref).contract];
  return mbps !== null && c !== undefined && mbps < c * 0.9;
};
export const belowContract = (f: IspCallFacts): boolean => speedBelowContract(f, 0) || speedBelowContract(f, 1);
/** Every lookup through the system's resolvers failed (dnsOk false), and the check blamed the provider's DNS. */
const dnsFailed = (f: IspCallFacts): boolean => has(f, 'isp.dns') && f.figures.dnsOk === false;
const dnsFailedAtProvider = (f: IspCallFacts): boolean => dnsFailed(f) && PROVIDER_OWNERS.has(f.figures.dnsFailedOwner);
const dnsRelayedFromProvider = (f: IspCallFacts): boolean => dnsFailed(f) && RELAYED_OWNERS.has(f.figures.dnsFailedOwner);

// What the complaint is about, by the check's findings.
const aboutLine = (f: IspCallFacts): boolean => has(f, 'isp.loss') || has(f, 'isp.outage') || f.patterns.length > 0 || Boolean(f.dropouts);
const aboutLoss = (f: IspCallFacts): boolean => has(f, 'isp.loss');
const aboutOutage = (f: IspCallFacts): boolean => has(f, 'isp.outage');
const aboutSpeed = (f: IspCallFacts, ref: number): boolean => has(f, dir(ref).finding) || speedBelowContract(f, ref);

// The UDP test call (issue #19): cited only where the check found the call trouble to be the
// provider's (ping beyond a clean router link agreed with the UDP loss: verdict/rules/media.ts).
/** UDP loss worth citing: the Teams pass criterion the call finding uses. */
export const CITE_MEDIA_LOSS_PCT = 1;
/** Jitter worth citing: the Teams pass criterion (30 ms). */
export const CITE_MEDIA_JITTER_MS = 30;
const mediaIsProviders = (f: IspCallFacts): boolean => f.figures.mediaCallOwner === 'isp' && (f.figures.mediaSent ?? 0) > 0;
const aboutCalls = (f: IspCallFacts): boolean => has(f, 'media.call-quality') || aboutLoss(f);

const todo: SentenceSpec = { kind: 'todo' };
const ask: SentenceSpec = { kind: 'ask' };
const cue: SentenceSpec = { kind: 'cue' };
const offer: SentenceSpec = { kind: 'offer' };

export const SENTENCES = {
  'ispCall.checklist.restart': todo,
  'ispCall.checklist.restartDone': { kind: 'claim', vars: { restart }, confirmed: ['restart'] },
  'ispCall.checklist.cable': todo,
  'ispCall.checklist.cableDone': { kind: 'claim', confirmed: ['cable'] },
  'ispCall.checklist.secondDevice': todo,
  'ispCall.checklist.secondDeviceDone': { kind: 'claim', confirmed: ['secondDevice'] },
  'ispCall.checklist.contract': { kind: 'todo', vars: { down: isp('contractDownMbps'), up: isp('contractUpMbps') } },
  'ispCall.checklist.contractUnknown': todo,
  'ispCall.checklist.customer': { kind: 'todo', vars: { customer: isp('customerNumber') } },
  'ispCall.checklist.customerUnknown': todo,
  'ispCall.checklist.line': { kind: 'todo', vars: { line: isp('lineId') } },
  'ispCall.checklist.lineUnknown': todo,
  'ispCall.checklist.when': todo,
  'ispCall.checklist.keepOpen': todo,

  // "I have measured it": a kit exists only for a check that ran.
  'ispCall.greeting': { kind: 'claim' },
  'ispCall.greetingCustomer': { kind: 'claim', vars: { customer: isp('customerNumber') } },

  'ispCall.facts.gatewayClean': { kind: 'claim', relevant: aboutLine, vars: { loss: fig('gatewayLossPct'), avg: positive('gatewayAvgMs') }, holds: routerClean },
  'ispCall.facts.gatewayCleanNoRtt': { kind: 'claim', relevant: aboutLine, vars: { loss: fig('gatewayLossPct') }, holds: routerClean },
  // A router link that is not clean is stated as measured, never as "everything is fine at home".
  'ispCallHome.gatewayLoss': {
    kind: 'claim', relevant: aboutLine,
    vars: { loss: fig('gatewayLossPct'), avg: positive('gatewayAvgMs') },
    holds: (f) => f.figures.gatewayLossPct !== null && f.figures.gatewayLossPct >= CLEAN_ROUTER_PCT && f.figures.gatewayLossPct < 100 && !routerPingNotTheLink(f),
  },
  'ispCallHome.gatewayLost': {
    kind: 'claim', relevant: aboutLine, vars: { loss: fig('gatewayLossPct') },
    holds: (f) => f.figures.gatewayLossPct === 100 && !routerPingNotTheLink(f),
  },
  'ispCall.facts.loss': {
    kind: 'claim', relevant: aboutLoss,
    vars: { loss: fig('internetLossPct'), lost: (f) => (f.figures.internetSent ?? 0) - (f.figures.internetReceived ?? 0), sent: fig('internetSent'), date: when },
    holds: (f) => lineLoss(f) && f.figures.internetReceived !== null,
  },
  'ispCall.facts.lossStart': { kind: 'claim', relevant: aboutLoss, vars: { hop: nameable('ispHop'), loss: fig('ispHopLossPct') }, holds: (f) => lineLoss(f) && (hopLoss(f) ?? 0) >= CITE_LOSS_PCT },
  'ispCall.facts.lossStartUnnamed': { kind: 'claim', relevant: aboutLoss, vars: { loss: fig('ispHopLossPct') }, holds: (f) => lineLoss(f) && (hopLoss(f) ?? 0) >= CITE_LOSS_PCT },
  'ispCall.facts.lossFurther': {
    kind: 'claim', relevant: aboutLoss,
    vars: { hop: nameable('ispHop'), loss: fig('ispHopLossPct') },
    holds: (f) => lineLoss(f) && hopLoss(f) !== null && hopLoss(f)! < CITE_LOSS_PCT,
  },
  'ispCall.facts.lossFurtherUnnamed': {
    kind: 'claim', relevant: aboutLoss,
    vars: { loss: fig('ispHopLossPct') },
    holds: (f) => lineLoss(f) && hopLoss(f) !== null && hopLoss(f)! < CITE_LOSS_PCT,
  },
  'ispCall.facts.outage': { kind: 'claim', relevant: aboutOutage, vars: { sent: fig('internetSent'), date: when }, holds: lineOutage },
  'ispCall.facts.outageHopSilent': { kind: 'claim', relevant: aboutOutage, vars: { hop: nameable('ispHop') }, holds: (f) => lineOutage(f) && hopLoss(f) === 100 },
  'ispCall.facts.outageHopSilentUnnamed': { kind: 'claim', relevant: aboutOutage, holds: (f) => lineOutage(f) && f.figures.ispHop !== null && hopLoss(f) === 100 },
  'ispCall.facts.outageHopAnswers': {
    kind: 'claim', relevant: aboutOutage,
    vars: { hop: nameable('ispHop'), loss: fig('ispHopLossPct') },
    holds: (f) => lineOutage(f) && hopLoss(f) !== null && hopLoss(f)! < 100,
  },
  'ispCall.facts.outageHopAnswersUnnamed': {
    kind: 'claim', relevant: aboutOutage,
    vars: { loss: fig('ispHopLossPct') },
    holds: (f) => lineOutage(f) && hopLoss(f) !== null && hopLoss(f)! < 100,
  },
  'ispCall.facts.latency': { kind: 'claim', relevant: aboutLoss, vars: { avg: positive('internetAvgMs') }, holds: (f) => !lineOutage(f) },
  'ispCallMedia.udpLoss': {
    kind: 'claim', relevant: aboutCalls,
    vars: { loss: fig('mediaLossPct'), sent: fig('mediaSent'), rtt: positive('mediaRttMs') },
    holds: (f) => mediaIsProviders(f) && (f.figures.mediaLossPct ?? 0) >= CITE_MEDIA_LOSS_PCT && f.figures.mediaLossPct! < 100,
  },
  'ispCallMedia.udpJitter': {
    kind: 'claim', relevant: aboutCalls,
    vars: { jitter: positive('mediaJitterMs') },
    holds: (f) => mediaIsProviders(f) && (f.figures.mediaJitterMs ?? 0) >= CITE_MEDIA_JITTER_MS,
  },
  'ispCall.facts.dns': { kind: 'claim', vars: { server: nameable('dnsFailedServer'), outcome: dnsOutcome }, holds: dnsFailedAtProvider },
  'ispCall.facts.dnsUnnamed': { kind: 'claim', vars: { outcome: dnsOutcome }, holds: dnsRelayedFromProvider },
  'ispCall.facts.dnsViaRouter': { kind: 'claim', vars: { outcome: dnsOutcome }, holds: (f) => dnsFailed(f) && f.figures.dnsFailedOwner === 'router' },
  'ispCall.facts.dnsPublicOk': { kind: 'claim', relevant: (f) => has(f, 'isp.dns'), holds: (f) => f.figures.dnsPublicOk === true },
  'ispCall.facts.httpsBlocked': { kind: 'claim', holds: (f) => has(f, 'isp.https-blocked') },
  'ispCall.facts.download': { kind: 'claim', relevant: aboutSpeed, vars: { mbps: speed } },
  'ispCall.facts.upload': { kind: 'claim', relevant: aboutSpeed, vars: { mbps: speed } },
  'ispCall.facts.vsContract': { kind: 'claim', relevant: aboutSpeed, vars: { pct: shareOfContract, contract } },
  'ispCall.facts.belowMinimum': {
    kind: 'claim', relevant: aboutSpeed,
    vars: { min: minimum },
    holds: (f, ref) => {
      const mbps = f.figures[dir(ref).mbps];
      const min = f.figures[dir(ref).min];
      return mbps !== null && min !== null && mbps < min;
    },
  },
  'ispCall.facts.loaded': {
    kind: 'claim', relevant: (f) => has(f, 'isp.bufferbloat'),
    vars: { idle: positive('idleLatencyMs'), loaded: positive('loadedLatencyMs') },
    holds: (f) =>
      f.figures.idleLatencyMs !== null &&
      f.figures.loadedLatencyMs !== null &&
      (has(f, 'isp.bufferbloat') || f.figures.loadedLatencyMs - f.figures.idleLatencyMs >= LOADED_RISE_MS),
  },
  'ispCall.facts.patternTimeOfDay': {
    kind: 'claim',
    vars: { loss: pattern('loss'), bad: pattern('bad'), days: pattern('days'), from: pattern('from'), to: pattern('to') },
    holds: (f, ref) => f.patterns[ref]?.kind === 'time-of-day',
  },
  'ispCall.facts.patternWeekday': {
    kind: 'claim',
    vars: { loss: pattern('loss'), bad: pattern('bad'), days: pattern('days'), weekday: pattern('weekday') },
    holds: (f, ref) => f.patterns[ref]?.kind === 'weekday',
  },
  'monitorHistory.kit.dropouts': { kind: 'claim', vars: { days: dropout('days'), count: dropout('count'), seconds: dropout('seconds') } },
  'monitorHistory.kit.window': { kind: 'claim', vars: { inWindow: dropout('inWindow'), from: dropout('from'), to: dropout('to') } },
  'monitorHistory.kit.hopSilent': { kind: 'claim', vars: { silent: dropout('silent') } },

  'ispCall.questions.measure': ask,
  'ispCall.questions.sync': ask,
  'ispCall.questions.outage': ask,
  // "The speed is below what my contract promises": a claim, so it declares what makes it true.
  'ispCall.questions.speed': { kind: 'claim', holds: belowContract },
  'ispCall.questions.technician': ask,

  'ispCall.answers.restartQ': cue,
  'ispCall.answers.restartA': { kind: 'claim', vars: { restart, time }, confirmed: ['restart'] },
  'ispCall.answers.restartOffer': offer,
  'ispCall.answers.wifiQ': cue,
  'ispCall.answers.wifiA': {
    kind: 'claim', relevant: (f) => aboutLoss(f) || aboutOutage(f),
    vars: { loss: fig('gatewayLossPct') },
    holds: (f) => routerClean(f) && (lineLoss(f) || lineOutage(f)),
  },
  'ispCall.answers.cableA': { kind: 'claim', confirmed: ['cable'] },
  'ispCall.answers.cableOffer': offer,
  'ispCall.answers.deviceQ': cue,
  'ispCall.answers.deviceA': { kind: 'claim', confirmed: ['secondDevice'] },
  'ispCall.answers.deviceOffer': offer,
  'ispCall.answers.speedtestQ': cue,
  // "My measurement already shows the problem": only when this check measured one of the provider's
  // (a pattern alone is the history's, not this measurement's).
  'ispCall.answers.speedtestA': { kind: 'claim', holds: (f) => f.findingIds.some((id) => id.startsWith('isp.') && !id.endsWith('-pattern')) },
} as const satisfies Record<string, SentenceSpec>;

export type SentenceKey = keyof typeof SENTENCES;

/** One sentence of a kit: which it is, for which pattern or direction (`ref`), its values and its text. */
export interface KitSentence {
  readonly key: SentenceKey;
  readonly ref: number;
  readonly vars: Vars;
  readonly text: string;
}

const spec = (key: SentenceKey): SentenceSpec => SENTENCES[key];

/** The sentence, when everything it declares is known and true; else null. */
export function say(key: SentenceKey, f: IspCallFacts, t: Translator, ref = 0): KitSentence | null {
  const s = spec(key);
  if (s.confirmed?.some((c) => !isConfirmed(f.confirmed ?? {}, c))) return null;
  if (s.holds && !s.holds(f, ref)) return null;
  if (s.relevant && !s.relevant(f, ref)) return null;
  const vars: Record<string, string | number> = {};
  for (const [name, source] of Object.entries(s.vars ?? {})) {
    const v = source(f, t, ref);
    if (v === null) return null;
    vars[name] = v;
  }
  return { key, ref, vars, text: t.t(key, vars) };
}

/** The first sentence of `keys` that can be said (a named variant before its unnamed fallback). */
export function sayFirst(keys: readonly SentenceKey[], f: IspCallFacts, t: Translator, ref = 0): KitSentence | null {
  for (const key of keys) {
    const s = say(key, f, t, ref);
    if (s) return s;
  }
  return null;
}

/**
 * What is wrong with a sentence found in a kit, measured against its declaration and the facts:
 * an undeclared sentence, a confirmation not given, a condition that does not hold, a value that
 * is not its source's, a figure beside the point of the complaint, or text that is not exactly the
 * template filled with those values.
 */
export function backingProblems(s: { key: string; ref: number; vars: Vars; text: string }, f: IspCallFacts, t: Translator): string[] {
  if (!Object.hasOwn(SENTENCES, s.key)) return [`"${s.text}" is no declared sentence (${s.key})`];
  const d = spec(s.key as SentenceKey);
  const problems: string[] = [];
  for (const c of d.confirmed ?? []) if (!isConfirmed(f.confirmed ?? {}, c)) problems.push(`${s.key} claims "${c}", which was not confirmed`);
  if (d.holds && !d.holds(f, s.ref)) problems.push(`${s.key}: what it claims does not hold for these figures`);
  if (d.relevant && !d.relevant(f, s.ref)) problems.push(`${s.key}: beside the point of this complaint`);
  const declared = Object.keys(d.vars ?? {});
  for (const name of Object.keys(s.vars)) if (!declared.includes(name)) problems.push(`${s.key}: value ${name} has no declared source`);
  for (const [name, source] of Object.entries(d.vars ?? {})) {
    const want = source(f, t, s.ref);
    if (want === null) problems.push(`${s.key}: ${name} is not known in the report`);
    else if (s.vars[name] !== want) problems.push(`${s.key}: ${name} is ${String(s.vars[name])}, the report says ${String(want)}`);
  }
  if (problems.length === 0 && t.t(s.key, s.vars) !== s.text) problems.push(`${s.key}: the text is not the template's`);
  return problems;
}
