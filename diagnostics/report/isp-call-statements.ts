import type { Translator } from '../i18n/translator.js';
import type { IspCallFacts } from './isp-call-facts.js';
import { say, sayFirst, type KitSentence, type SentenceKey } from './isp-call-sentences.js';

/** The facts in the order a provider follows them; each entry is one line of the script, alternatives first to last. */
const FACT_LINES: readonly (readonly SentenceKey[])[] = [
  ['ispCall.facts.gatewayClean', 'ispCall.facts.gatewayCleanNoRtt', 'ispCallHome.gatewayLoss', 'ispCallHome.gatewayLost'],
  ['ispCall.facts.outage'],
  ['ispCall.facts.outageHopSilent', 'ispCall.facts.outageHopSilentUnnamed', 'ispCall.facts.outageHopAnswers', 'ispCall.facts.outageHopAnswersUnnamed'],
  ['ispCall.facts.loss'],
  ['ispCall.facts.lossStart', 'ispCall.facts.lossStartUnnamed', 'ispCall.facts.lossFurther', 'ispCall.facts.lossFurtherUnnamed'],
  ['ispCall.facts.latency'],
  ['ispCallMedia.udpLoss'],
  ['ispCallMedia.udpJitter'],
  ['ispCall.facts.dns', 'ispCall.facts.dnsUnnamed', 'ispCall.facts.dnsViaRouter'],
  ['ispCall.facts.dnsPublicOk'],
  ['ispCall.facts.httpsBlocked'],
];

/**
 * The measured facts, one group of sentences per line of the script: the router link against the
 * line beyond it, where the loss starts, latency, DNS, speeds against the contract and the
 * company's minimum, latency under load, and what the history shows. Which of them are said is the
 * registry's decision (isp-call-sentences.ts): only what is measured, true and bears on the findings.
 */
export function factStatements(f: IspCallFacts, t: Translator): KitSentence[][] {
  const groups: (KitSentence | null)[][] = FACT_LINES.map((keys) => [sayFirst(keys, f, t)]);
  for (const [ref, key] of [[0, 'ispCall.facts.download'], [1, 'ispCall.facts.upload']] as const) {
    const figure = say(key, f, t, ref);
    if (figure) groups.push([figure, say('ispCall.facts.vsContract', f, t, ref), say('ispCall.facts.belowMinimum', f, t, ref)]);
  }
  groups.push([say('ispCall.facts.loaded', f, t)]);
  f.patterns.forEach((p, ref) => groups.push([say(p.kind === 'time-of-day' ? 'ispCall.facts.patternTimeOfDay' : 'ispCall.facts.patternWeekday', f, t, ref)]));
  groups.push([say('monitorHistory.kit.dropouts', f, t), say('monitorHistory.kit.window', f, t), say('monitorHistory.kit.hopSilent', f, t)]);
  return groups.map((group) => group.filter((s): s is KitSentence => s !== null)).filter((group) => group.length > 0);
}
