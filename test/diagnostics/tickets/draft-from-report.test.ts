import { describe, expect, it } from 'vitest';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { draftFromReport, MAX_SUBJECT, urgencyOf } from '../../../diagnostics/tickets/draft-from-report.js';
import { sampleReport } from './sample-bundle.js';

const attachment = { fileName: 'b.zip', contentType: 'application/zip', bytes: new Uint8Array([1, 2, 3]) };

describe('draftFromReport', () => {
  it('maps the verdict to subject, category, urgency and a description ending in the idempotency marker', () => {
    const d = draftFromReport(sampleReport(), attachment, 'key-1', translator('en'), { isp: 'Network > Internet', vpn: 'VPN' });
    expect(d.subject).toBe('Homeline: Your internet provider is losing packets');
    expect(d.category).toBe('Network > Internet');
    expect(d.urgency).toBe('medium');
    expect(d.segment).toBe('isp');
    expect(d.description).toContain('Where the problem is: your internet provider. Clean to the router, 12 % loss beyond it.');
    expect(d.description).toContain('  - 12 % of 200 echoes to 198.51.100.10 were lost');
    expect(d.description).toContain('The diagnostic bundle b.zip is attached.');
    expect(d.description.endsWith('Homeline-Ticket: key-1')).toBe(true);
  });

  it('writes the ticket in the report’s language', () => {
    const d = draftFromReport(sampleReport({ lang: 'de' }), attachment, 'k', translator('de'));
    expect(d.description).toContain('Wo das Problem liegt: Ihr Internetanbieter.');
    expect(d.category).toBeUndefined();
  });

  it('rates work-stopping problems high, other problems medium, the rest low', () => {
    const vpn = sampleReport({ verdict: { segment: 'vpn', headline: 'h', summary: 's' }, findings: [{ id: 'v', segment: 'vpn', severity: 'problem', title: 't', evidence: [], steps: [] }] });
    expect(urgencyOf(vpn)).toBe('high');
    expect(urgencyOf(sampleReport())).toBe('medium');
    expect(urgencyOf(sampleReport({ findings: [{ id: 'w', segment: 'wifi', severity: 'warning', title: 't', evidence: [], steps: [] }] }))).toBe('low');
  });

  it('keeps the subject within what every help desk accepts', () => {
    const long = sampleReport({ verdict: { segment: 'isp', headline: 'x'.repeat(400), summary: 's' } });
    expect(draftFromReport(long, attachment, 'k', translator('en')).subject).toHaveLength(MAX_SUBJECT);
  });
});
