import type { HistoryPattern } from '../history/patterns.js';
import type { Translator } from '../i18n/translator.js';
import type { ConfirmationId } from './isp-call-confirmations.js';
import type { IspCallFacts } from './isp-call-facts.js';
import { callDate, say, sayFirst, type KitSentence, type SentenceKey } from './isp-call-sentences.js';
import { factStatements } from './isp-call-statements.js';

/** One line of a kit section; `cue` is what the provider says, when the line answers it. */
export interface IspCallItem {
  readonly cue?: string;
  readonly text: string;
  /** On the checklist's confirmable items: what ticking it confirms, and whether it is confirmed. */
  readonly confirm?: ConfirmationId;
  readonly done?: boolean;
}

export type IspCallSectionId = 'checklist' | 'facts' | 'questions' | 'answers';

export interface IspCallSection {
  readonly id: IspCallSectionId;
  readonly title: string;
  readonly items: IspCallItem[];
}

/** A sentence as said in the kit, and where (for tests that check each one's backing). */
export interface SaidSentence extends KitSentence {
  readonly section: IspCallSectionId;
}

/** The ISP call kit: the report's `ispCall` (checklist and script are the contract), with sections for print. */
export interface IspCall {
  readonly checklist: string[];
  readonly script: string;
  readonly title: string;
  readonly measuredAt: string;
  readonly provider?: string;
  readonly sections: IspCallSection[];
  /** The history patterns the script cites, so the kit can be rebuilt from the report alone. */
  readonly patterns?: HistoryPattern[];
  /** Every sentence with its key and values; not part of the report (its schema drops it). */
  readonly said: readonly SaidSentence[];
}

/** One item: its sentences (and cue), or nothing when none can be said. */
interface Built {
  readonly cue?: KitSentence;
  readonly sentences: KitSentence[];
  readonly confirm?: ConfirmationId;
  readonly done?: boolean;
}

const CONFIRMABLE: readonly [ConfirmationId, SentenceKey, SentenceKey][] = [
  ['restart', 'ispCall.checklist.restartDone', 'ispCall.checklist.restart'],
  ['cable', 'ispCall.checklist.cableDone', 'ispCall.checklist.cable'],
  ['secondDevice', 'ispCall.checklist.secondDeviceDone', 'ispCall.checklist.secondDevice'],
];

function checklist(f: IspCallFacts, t: Translator): Built[] {
  const one = (...keys: SentenceKey[]): Built => ({ sentences: [sayFirst(keys, f, t)].filter((s) => s !== null) });
  return [
    ...CONFIRMABLE.map(([confirm, done, todo]): Built => {
      const claimed = say(done, f, t);
      return { sentences: [claimed ?? sayFirst([todo], f, t)].filter((s) => s !== null), confirm, done: claimed !== null };
    }),
    one('ispCall.checklist.contract', 'ispCall.checklist.contractUnknown'),
    one('ispCall.checklist.customer', 'ispCall.checklist.customerUnknown'),
    one('ispCall.checklist.line', 'ispCall.checklist.lineUnknown'),
    one('ispCall.checklist.when'),
    one('ispCall.checklist.keepOpen'),
  ];
}

const QUESTIONS: readonly SentenceKey[] = [
  'ispCall.questions.measure',
  'ispCall.questions.sync',
  'ispCall.questions.outage',
  'ispCall.questions.speed',
  'ispCall.questions.technician',
];

/**
 * What support will say first, answered with what was measured and what the user confirmed; what
 * was not done is offered ("I can test with a cable while we talk"), never claimed.
 */
function answers(f: IspCallFacts, t: Translator): Built[] {
  const answer = (cueKey: SentenceKey, ...groups: SentenceKey[][]): Built => {
    const sentences = groups.map((keys) => sayFirst(keys, f, t)).filter((s) => s !== null);
    const cue = say(cueKey, f, t);
    return cue && sentences.length > 0 ? { cue, sentences } : { sentences: [] };
  };
  return [
    answer('ispCall.answers.restartQ', ['ispCall.answers.restartA', 'ispCall.answers.restartOffer']),
    answer('ispCall.answers.wifiQ', ['ispCall.answers.wifiA'], ['ispCall.answers.cableA', 'ispCall.answers.cableOffer']),
    answer('ispCall.answers.deviceQ', ['ispCall.answers.deviceA', 'ispCall.answers.deviceOffer']),
    answer('ispCall.answers.speedtestQ', ['ispCall.answers.speedtestA']),
  ];
}

const textOf = (b: Built): string => b.sentences.map((s) => s.text).join(' ');

function item(b: Built): IspCallItem {
  return {
    ...(b.cue ? { cue: b.cue.text } : {}),
    text: textOf(b),
    ...(b.confirm ? { confirm: b.confirm, done: b.done ?? false } : {}),
  };
}

/**
 * Builds the kit for a call to the provider in the translator's language: a checklist of what to
 * do and have at hand, and a script that states the measured facts, asks what moves a provider
 * (a line measurement, sync rate and errors, an outage nearby, a technician) and answers what
 * they will ask first. Every sentence comes from the registry in isp-call-sentences.ts.
 */
export function buildIspCall(f: IspCallFacts, t: Translator): IspCall {
  const greeting: Built = { sentences: [sayFirst(['ispCall.greetingCustomer', 'ispCall.greeting'], f, t)].filter((s) => s !== null) };
  const built: Record<IspCallSectionId, Built[]> = {
    checklist: checklist(f, t),
    facts: [greeting, ...factStatements(f, t).map((sentences) => ({ sentences }))],
    questions: QUESTIONS.map((key) => ({ sentences: [say(key, f, t)].filter((s) => s !== null) })),
    answers: answers(f, t),
  };
  const ids: IspCallSectionId[] = ['checklist', 'facts', 'questions', 'answers'];
  for (const id of ids) built[id] = built[id].filter((b) => b.sentences.length > 0);
  const said = ids.flatMap((section) => built[section].flatMap((b) => [...(b.cue ? [b.cue] : []), ...b.sentences].map((s) => ({ ...s, section }))));
  const script = [...built.facts.map(textOf), ...built.questions.map(textOf), ...built.answers.map((b) => `${b.cue?.text ?? ''} ${textOf(b)}`)].join('\n');
  return {
    checklist: built.checklist.map(textOf),
    script,
    title: t.t('ispCall.title'),
    measuredAt: t.t('ispCall.measuredAt', { date: callDate(f, t, 'long') }),
    ...(f.isp.name ? { provider: f.isp.name } : {}),
    sections: ids.map((id) => ({ id, title: t.t(`ispCall.sections.${id}`), items: built[id].map(item) })),
    ...(f.patterns.length > 0 ? { patterns: [...f.patterns] } : {}),
    said,
  };
}
