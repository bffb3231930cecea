import { describe, expect, it } from 'vitest';
import { renderHtml, type HtmlContext } from '../../../diagnostics/bundle/render-html.js';
import { emptyReport } from './bundle-test-kit.js';

const CTX: HtmlContext = {
  app: { name: 'Homeline', version: '0.1.0' },
  os: { platform: 'win32', release: '10.0.22631', arch: 'x64' },
  redaction: { level: 'standard', ssid: 'hash', salt: 'per-install', rules: [], replaced: { hardwareIds: 3, ipv4: 2, ipv6: 1, identity: 4, ssids: 5 } },
  history: [{ at: '2026-11-22T08:00:00Z', segment: 'wifi', figures: { lossPct: 4.2, note: '<b>x</b>' } }],
};

const HOSTILE = '<img src=x onerror="alert(1)"> & </pre><script>fetch("https://evil.example")</script>';

const report = (lang: 'en' | 'de' | 'sv') =>
  emptyReport({
    lang,
    verdict: { segment: 'wifi', headline: `Weak ${HOSTILE}`, summary: 'The Wi-Fi.' },
    findings: [{ id: 'wifi.weak', segment: 'wifi', severity: 'warning', title: HOSTILE, evidence: [HOSTILE], steps: ['Move closer'] }],
    probes: [{ id: 'wifi', status: 'warn', durationMs: 12, data: {}, error: HOSTILE }],
    ispCall: { checklist: [HOSTILE], script: HOSTILE },
    raw: [{ probe: 'wifi', cmd: 'netsh', args: ['wlan', 'show', 'interfaces'], exitCode: 0, stdout: HOSTILE, stderr: '' }],
  });

describe('standalone HTML report', () => {
  it('escapes every value: no markup from the report reaches the page', () => {
    const html = renderHtml(report('en'), CTX);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/pre&gt;&lt;script&gt;');
  });

  it('needs nothing from outside: inline style, no scripts, a CSP that forbids requests, no URLs but escaped text', () => {
    const html = renderHtml(emptyReport(), CTX);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/(src|href)=/i);
  });

  it.each([
    ['en', 'Homeline connection report', 'Earlier checks', 'the Wi-Fi'],
    ['de', 'Homeline-Verbindungsbericht', 'Frühere Prüfungen', 'das WLAN'],
    ['sv', 'Homelines anslutningsrapport', 'Tidigare kontroller', 'wifi'],
  ] as const)('is written in the report’s language (%s)', (lang, title, history, segmentWord) => {
    const html = renderHtml(report(lang), CTX);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(history);
    expect(html.toLowerCase()).toContain(segmentWord.toLowerCase());
  });

  it('shows the raw outputs, the figures of earlier checks and what redaction replaced', () => {
    const html = renderHtml(report('en'), CTX);
    expect(html).toContain('<summary>netsh wlan show interfaces — exit code 0</summary>');
    expect(html).toContain('lossPct: 4.2');
    expect(html).toContain('hardware addresses (3), public IPv4 (2) and IPv6 (1) addresses, user and computer names (4) and Wi-Fi names (5)');
    expect(renderHtml(report('en'), { ...CTX, redaction: { ...CTX.redaction, level: 'off' } })).toContain('written without redaction');
  });
});
