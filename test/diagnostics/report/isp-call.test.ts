import { describe, expect, it } from 'vitest';
import { NO_FIGURES } from '../../../diagnostics/history/figures.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { buildIspCall } from '../../../diagnostics/report/isp-call.js';
import { lossyEvenings } from './isp-call-fixtures.js';

// Intl separates thousands and units with no-break spaces; the figures are what matters here.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('ISP call kit', () => {
  it.each([
    ['en', ['9.5 % of packets are lost (38 of 400', '100.64.0.1: 8 % lost', '38.2 ms', 'Download: 18.4 Mbit/s', '18 % of the 100 Mbit/s', 'at least 25 Mbit/s', 'Upload: 9.1 Mbit/s', 'from 21 ms to 240 ms', '8–12 % packet loss on 9 of the last 14 days between 19:00 and 22:00', 'customer number K-4711', 'sync rate', 'technician', 'at 19:42']],
    ['de', ['9,5 % der Pakete verloren (38 von 400', '100.64.0.1: Dort gehen 8 %', '38,2 ms', 'Download: 18,4 Mbit/s', '18 % der 100 Mbit/s', 'mindestens 25 Mbit/s', 'Upload: 9,1 Mbit/s', 'von 21 ms auf 240 ms', 'an 9 der letzten 14 Tage zwischen 19:00 und 22:00 Uhr 8–12 %', 'Kundennummer K-4711', 'synchronisiert', 'Techniker', 'um 19:42']],
    ['sv', ['9,5 % av paketen (38 av 400', '100.64.0.1: där försvinner 8 %', '38,2 ms', 'Nedladdning: 18,4 Mbit/s', '18 % av de 100 Mbit/s', 'minst 25 Mbit/s', 'Uppladdning: 9,1 Mbit/s', 'från 21 ms till 240 ms', '8–12 % av paketen 9 av de senaste 14 dagarna mellan 19:00 och 22:00', 'kundnummer K-4711', 'synkhastighet', 'tekniker', 'kl. 19:42']],
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
  });

  it('says only what was measured: an outage without speeds, contract or history', () => {
    const kit = buildIspCall(
      {
        checkedAt: new Date('2026-11-23T08:00:00Z'),
        timeZone: 'UTC',
        findingIds: ['isp.outage'],
        figures: { ...NO_FIGURES, gatewayLossPct: 0, gatewayAvgMs: 1, internetSent: 40, internetReceived: 0, internetLossPct: 100, ispHop: '100.64.0.1' },
        patterns: [],
        isp: {},
      },
      translator('en'),
    );
    expect(kit.script).toContain('40 of 40 test packets were lost, including your first router 100.64.0.1');
    expect(kit.script).not.toMatch(/Mbit\/s|history|round trip to the internet/);
    expect(kit.script.split('\n')[0]).toBe('Hello, I am calling about my internet line. I have measured it with a diagnostic tool.');
    expect(kit.checklist).toContain('Look up the speed in your contract (download and upload).');
    expect(kit.sections.find((s) => s.id === 'questions')?.items).toHaveLength(4);
  });

  it.each([
    [100, null, 'My router did not answer: the connection from my computer to it lost 100 % of packets.'],
    [12, 3.5, 'The connection from my computer to my router loses 12 % of packets, with a round trip of 3.5 ms.'],
    [0, null, 'My router did not answer'],
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

  it('names the failing name server and its answer for a DNS fault', () => {
    const kit = buildIspCall(
      {
        checkedAt: new Date('2026-11-23T08:00:00Z'),
        findingIds: ['isp.dns'],
        figures: { ...NO_FIGURES, dnsOk: false, dnsFailedServer: '192.0.2.53', dnsFailedOutcome: 'servfail' },
        patterns: [],
        isp: {},
      },
      translator('de'),
    );
    expect(kit.script).toContain('Ihr Namensserver 192.0.2.53 liefert einen Serverfehler');
  });

  it('cites a weekday pattern with the weekday in words', () => {
    const facts = { ...lossyEvenings, patterns: [{ kind: 'weekday' as const, weekday: 1, badDays: 5, days: 7, lossMinPct: 6, lossMaxPct: 6 }] };
    expect(buildIspCall(facts, translator('en')).script).toContain('6 % packet loss on 5 of the last 7 Mondays');
    expect(buildIspCall(facts, translator('sv')).script).toContain('5 av de senaste 7 måndagarna');
    expect(buildIspCall(facts, translator('de')).script).toContain('an 5 der letzten 7 Montage');
  });
});
