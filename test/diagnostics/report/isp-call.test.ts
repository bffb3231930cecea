import { describe, expect, it } from 'vitest';
import { NO_FIGURES } from '../../../diagnostics/history/figures.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { buildIspCall } from '../../../diagnostics/report/isp-call.js';
import type { IspCallFacts } from '../../../diagnostics/report/isp-call-facts.js';
import { lossyEvenings } from './isp-call-fixtures.js';

// Intl separates thousands and units with no-break spaces; the figures are what matters here.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const outage: IspCallFacts = {
  checkedAt: new Date('2026-11-23T08:00:00Z'),
  timeZone: 'UTC',
  findingIds: ['isp.outage'],
  figures: { ...NO_FIGURES, gatewayLossPct: 0, gatewayAvgMs: 1, internetSent: 40, internetReceived: 0, internetLossPct: 100, ispHop: '100.64.0.1', ispHopLossPct: 100 },
  patterns: [],
  isp: {},
};

describe('ISP call kit', () => {
  it.each([
    ['en', ['9.5 % of packets are lost (38 of 400', '100.64.0.1: 8 % lost', '38.2 ms', 'Download: 18.4 Mbit/s', '18.4 % of the 100 Mbit/s', 'at least 25 Mbit/s', 'Upload: 9.1 Mbit/s', 'from 21 ms to 240 ms', '8–12 % packet loss on 9 of the last 14 days between 19:00 and 22:00', 'customer number K-4711', 'sync rate', 'technician']],
    ['de', ['9,5 % der Pakete verloren (38 von 400', '100.64.0.1: Dort gehen 8 %', '38,2 ms', 'Download: 18,4 Mbit/s', '18,4 % der 100 Mbit/s', 'mindestens 25 Mbit/s', 'Upload: 9,1 Mbit/s', 'von 21 ms auf 240 ms', 'an 9 der letzten 14 Tage zwischen 19:00 und 22:00 Uhr 8–12 %', 'Kundennummer K-4711', 'synchronisiert', 'Techniker']],
    ['sv', ['9,5 % av paketen (38 av 400', '100.64.0.1: där försvinner 8 %', '38,2 ms', 'Nedladdning: 18,4 Mbit/s', '18,4 % av de 100 Mbit/s', 'minst 25 Mbit/s', 'Uppladdning: 9,1 Mbit/s', 'från 21 ms till 240 ms', '8–12 % av paketen 9 av de senaste 14 dagarna mellan 19:00 och 22:00', 'kundnummer K-4711', 'synkhastighet', 'tekniker']],
  ] as const)('states the measured facts in %s', (lang, cited) => {
    const kit = buildIspCall(lossyEvenings, translator(lang));
    const script = plain(kit.script);
    for (const fact of cited) expect(script, fact).toContain(fact);
    // Speed is below 90 % of the contract: the question about it is asked.
    expect(kit.sections.find((s) => s.id === 'questions')?.items).toHaveLength(5);
    expect(kit.checklist.join('\n')).toContain('K-4711');
    expect(kit.checklist.join('\n')).toContain('DEU.EXT.99');
    expect(plain(kit.checklist.join('\n'))).toMatch(/100 Mbit\/s.*40 Mbit\/s/);
    expect(kit.provider).toBe('Example Telecom');
    expect(kit.sections.map((s) => s.id)).toEqual(['checklist', 'facts', 'questions', 'answers']);
    expect(kit.sections.find((s) => s.id === 'answers')?.items.every((a) => a.cue && a.text)).toBe(true);
    // 9.1 Mbit/s up is above the 5 Mbit/s minimum: the minimum is not cited for it.
    expect(script.match(/25 Mbit\/s/g)).toHaveLength(1);
    expect(script).not.toContain(' 5 Mbit/s');
  });

  it('claims nothing the user did not confirm, and offers it instead', () => {
    const kit = buildIspCall(lossyEvenings, translator('en'));
    expect(kit.script).not.toMatch(/I tested with a network cable|I tried a second device|I restarted it/);
    expect(kit.script).toContain('I can test with a network cable while we talk.');
    expect(kit.script).toContain('I can try a second device while we talk.');
    expect(kit.script).toContain('I can restart it now while we are on the phone, and measure again.');
    expect(kit.sections[0]?.items.filter((i) => i.confirm).map((i) => [i.confirm, i.done])).toEqual([['restart', false], ['cable', false], ['secondDevice', false]]);
  });

  it.each([
    ['en', 'I restarted it at 19:05; the figures were measured after that, at 19:42.', 'I tested with a network cable as well.', 'No, I tried a second device with the same result.'],
    ['de', 'Das habe ich um 19:05 Uhr getan; gemessen wurde danach, um 19:42.', 'Ich habe auch mit Netzwerkkabel gemessen.', 'Nein, ein zweites Gerät zeigt dasselbe.'],
    ['sv', 'Det gjorde jag kl. 19:05; siffrorna är uppmätta efter det, kl. 19:42.', 'Jag har även testat med nätverkskabel.', 'Nej, en andra enhet visar samma sak.'],
  ] as const)('claims in %s exactly what was confirmed', (lang, restart, cable, device) => {
    const t = translator(lang);
    const all = buildIspCall({ ...lossyEvenings, confirmed: { restartAt: '19:05', cable: true, secondDevice: true } }, t);
    for (const s of [restart, cable, device]) expect(all.script).toContain(s);
    expect(all.sections[0]?.items.filter((i) => i.done).map((i) => i.confirm)).toEqual(['restart', 'cable', 'secondDevice']);
    const cableOnly = buildIspCall({ ...lossyEvenings, confirmed: { cable: true } }, t);
    expect(cableOnly.script).toContain(cable);
    expect(cableOnly.script).not.toContain(restart);
    expect(cableOnly.script).not.toContain(device);
  });

  it('says only what was measured: an outage without speeds, contract or history', () => {
    const kit = buildIspCall(outage, translator('en'));
    expect(kit.script).toContain('40 of 40 test packets were lost (measured on 23 November 2026 at 08:00).');
    expect(kit.script).toContain('Your first router, 100.64.0.1, does not answer either.');
    expect(kit.script).not.toMatch(/Mbit\/s|history|round trip to the internet/);
    expect(kit.script.split('\n')[0]).toBe('Hello, I am calling about my internet line. I have measured it with a diagnostic tool.');
    expect(kit.checklist).toContain('Look up the speed in your contract (download and upload).');
    expect(kit.sections.find((s) => s.id === 'questions')?.items).toHaveLength(4);
  });

  it('leaves the provider hop out when it is unknown, and never names a private one', () => {
    const unknown = buildIspCall({ ...outage, figures: { ...outage.figures, ispHop: null, ispHopLossPct: null } }, translator('en'));
    expect(unknown.script).not.toMatch(/first router|—/);
    const inside = buildIspCall({ ...outage, figures: { ...outage.figures, ispHop: '10.20.0.1', ispHopLossPct: 0 } }, translator('en'));
    expect(inside.script).toContain('Your first router still answers (0 % lost); the line breaks beyond it.');
    expect(inside.script).not.toContain('10.20.0.1');
  });

  it('says the home is fine only when the router link is clean', () => {
    const lossyHome = { ...lossyEvenings, figures: { ...lossyEvenings.figures, gatewayLossPct: 100 } };
    const kit = buildIspCall(lossyHome, translator('en'));
    expect(kit.script).not.toMatch(/Inside my home|connection to my router is clean/);
    expect(buildIspCall(lossyEvenings, translator('en')).script).toContain('Inside my home everything is fine: the connection to my router loses 0 % of packets, with a round trip of 2.4 ms.');
  });

  it('never cites a round trip as "0 ms", and keeps two significant digits below 1', () => {
    const fast = { ...lossyEvenings, figures: { ...lossyEvenings.figures, gatewayAvgMs: 0, internetAvgMs: 0.061 } };
    const script = buildIspCall(fast, translator('de')).script;
    expect(script).not.toMatch(/(^|[^\d,.])0 ms/);
    expect(script).toContain('Die Verbindung zu meinem Router verliert 0 % der Pakete.');
    expect(script).toContain('Die Laufzeit ins Internet beträgt 0,061 ms.');
  });

  it('names the failing name server and its answer for a DNS fault, and no figure that is fine', () => {
    const facts: IspCallFacts = {
      checkedAt: new Date('2026-11-23T08:00:00Z'),
      findingIds: ['isp.dns'],
      figures: { ...NO_FIGURES, gatewayLossPct: 0, gatewayAvgMs: 1, internetLossPct: 0, internetSent: 100, internetReceived: 100, internetAvgMs: 12, dnsOk: false, dnsFailedServer: '192.0.2.53', dnsFailedOutcome: 'servfail', dnsPublicOk: true, downloadMbps: 6000, uploadMbps: 900 },
      patterns: [],
      isp: { contractDownMbps: 1000, contractUpMbps: 500 },
    };
    const script = buildIspCall(facts, translator('de')).script;
    expect(script).toContain('Ihr Namensserver 192.0.2.53 liefert für jeden abgefragten Namen einen Serverfehler (SERVFAIL).');
    expect(script).toContain('Öffentliche Namensserver antworten über dieselbe Leitung normal.');
    expect(script).not.toMatch(/Mbit\/s|Laufzeit|Router verliert/);
  });

  it('never names a company or home resolver: the router relays, a private one goes unnamed, a company one is not the provider’s', () => {
    const base: IspCallFacts = {
      checkedAt: new Date('2026-11-23T08:00:00Z'),
      findingIds: ['isp.dns'],
      figures: { ...NO_FIGURES, dnsOk: false, dnsFailedServer: '10.8.0.53', dnsFailedOutcome: 'timeout' },
      patterns: [],
      isp: {},
    };
    const t = translator('en');
    expect(buildIspCall(base, t).script).toContain('The name server my line is given gives no answer in time for every name I looked up.');
    expect(buildIspCall(base, t).script).not.toContain('10.8.0.53');
    const router = { ...base, figures: { ...base.figures, dnsFailedServer: '192.168.1.1', dnsFailedOwner: 'router' } };
    expect(buildIspCall(router, t).script).toContain('My router passes name lookups on to your name servers and gets no answer in time.');
    const company = { ...base, figures: { ...base.figures, dnsFailedOwner: 'company' } };
    expect(buildIspCall(company, t).script).not.toMatch(/name server/);
  });

  it.each([
    [100, null, 'My router did not answer: the connection from my computer to it lost 100 % of packets.'],
    [12, 3.5, 'The connection from my computer to my router loses 12 % of packets, with a round trip of 3.5 ms.'],
  ] as const)('never says "everything is fine" at home when the router link loses %s %%', (gatewayLossPct, gatewayAvgMs, sentence) => {
    const kit = buildIspCall(
      {
        checkedAt: new Date('2026-11-23T08:00:00Z'),
        timeZone: 'UTC',
        findingIds: ['isp.outage'],
        figures: { ...NO_FIGURES, gatewayLossPct, gatewayAvgMs, internetSent: 40, internetReceived: 0, internetLossPct: 100, ispHop: '100.64.0.1' },
        patterns: [],
        isp: {},
      },
      translator('en'),
    );
    expect(kit.script).not.toContain('everything is fine');
    expect(kit.script).toContain(sentence);
  });

  it('says the home is fine when the router link is clean', () => {
    const kit = buildIspCall(
      { checkedAt: new Date('2026-11-23T08:00:00Z'), findingIds: ['isp.outage'], figures: { ...NO_FIGURES, gatewayLossPct: 0, gatewayAvgMs: 1, internetSent: 40, internetReceived: 0, internetLossPct: 100 }, patterns: [], isp: {} },
      translator('en'),
    );
    expect(kit.script).toContain('Inside my home everything is fine: the connection to my router loses 0 % of packets, with a round trip of 1 ms.');
  });

  it('cites a weekday pattern with the weekday in words', () => {
    const facts = { ...lossyEvenings, patterns: [{ kind: 'weekday' as const, weekday: 1, badDays: 5, days: 7, lossMinPct: 6, lossMaxPct: 6 }] };
    expect(buildIspCall(facts, translator('en')).script).toContain('6 % packet loss on 5 of the last 7 Mondays');
    expect(buildIspCall(facts, translator('sv')).script).toContain('5 av de senaste 7 måndagarna');
    expect(buildIspCall(facts, translator('de')).script).toContain('an 5 der letzten 7 Montage');
  });
});
