import type { Translator } from '../i18n/translator.js';
import type { IspCallFacts } from './isp-call-facts.js';
import { belowContract, callDate, factStatements } from './isp-call-statements.js';

/** One line of a kit section; `cue` is what the provider says, when the line answers it. */
export interface IspCallItem {
  readonly cue?: string;
  readonly text: string;
}

export interface IspCallSection {
  readonly id: 'checklist' | 'facts' | 'questions' | 'answers';
  readonly title: string;
  readonly items: IspCallItem[];
}

/** The ISP call kit: the report's `ispCall` (checklist and script are the contract), with sections for print. */
export interface IspCall {
  readonly checklist: string[];
  readonly script: string;
  readonly title: string;
  readonly measuredAt: string;
  readonly provider?: string;
  readonly sections: IspCallSection[];
}

function checklist(f: IspCallFacts, t: Translator): string[] {
  const { contractDownMbps: down, contractUpMbps: up, customerNumber: customer, lineId: line } = f.isp;
  return [
    t.t('ispCall.checklist.restart'),
    t.t('ispCall.checklist.cable'),
    t.t('ispCall.checklist.secondDevice'),
    down !== undefined && up !== undefined ? t.t('ispCall.checklist.contract', { down, up }) : t.t('ispCall.checklist.contractUnknown'),
    customer ? t.t('ispCall.checklist.customer', { customer }) : t.t('ispCall.checklist.customerUnknown'),
    line ? t.t('ispCall.checklist.line', { line }) : t.t('ispCall.checklist.lineUnknown'),
    t.t('ispCall.checklist.when'),
    t.t('ispCall.checklist.keepOpen'),
  ];
}

function questions(f: IspCallFacts, t: Translator): string[] {
  return [
    t.t('ispCall.questions.measure'),
    t.t('ispCall.questions.sync'),
    t.t('ispCall.questions.outage'),
    ...(belowContract(f) ? [t.t('ispCall.questions.speed')] : []),
    t.t('ispCall.questions.technician'),
  ];
}

/** What support will say first, answered with what was done and measured. */
function answers(f: IspCallFacts, t: Translator): IspCallItem[] {
  const g = f.figures.gatewayLossPct;
  const wifi = g !== null ? `${t.t('ispCall.answers.wifiA', { loss: g })} ${t.t('ispCall.answers.wifiCableA')}` : t.t('ispCall.answers.wifiCableA');
  return [
    { cue: t.t('ispCall.answers.restartQ'), text: t.t('ispCall.answers.restartA', { time: callDate(f, t, 'time') }) },
    { cue: t.t('ispCall.answers.wifiQ'), text: wifi },
    { cue: t.t('ispCall.answers.deviceQ'), text: t.t('ispCall.answers.deviceA') },
    { cue: t.t('ispCall.answers.speedtestQ'), text: t.t('ispCall.answers.speedtestA') },
  ];
}

/**
 * Builds the kit for a call to the provider in the translator's language: a checklist of what to
 * do and have at hand, and a script that states the measured facts, asks what moves a provider
 * (a line measurement, sync rate and errors, an outage nearby, a technician) and answers what
 * they will ask first.
 */
export function buildIspCall(f: IspCallFacts, t: Translator): IspCall {
  const list = checklist(f, t);
  const facts = factStatements(f, t);
  const asks = questions(f, t);
  const replies = answers(f, t);
  const greeting = f.isp.customerNumber ? t.t('ispCall.greetingCustomer', { customer: f.isp.customerNumber }) : t.t('ispCall.greeting');
  const script = [greeting, ...facts, ...asks, ...replies.map((a) => `${a.cue} ${a.text}`)].join('\n');
  const plain = (lines: string[]): IspCallItem[] => lines.map((text) => ({ text }));
  return {
    checklist: list,
    script,
    title: t.t('ispCall.title'),
    measuredAt: t.t('ispCall.measuredAt', { date: callDate(f, t, 'long') }),
    ...(f.isp.name ? { provider: f.isp.name } : {}),
    sections: [
      { id: 'checklist', title: t.t('ispCall.sections.checklist'), items: plain(list) },
      { id: 'facts', title: t.t('ispCall.sections.facts'), items: plain([greeting, ...facts]) },
      { id: 'questions', title: t.t('ispCall.sections.questions'), items: plain(asks) },
      { id: 'answers', title: t.t('ispCall.sections.answers'), items: replies },
    ],
  };
}
