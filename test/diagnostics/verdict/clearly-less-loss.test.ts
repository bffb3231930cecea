import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../diagnostics/net/ping/stats.js';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import { binomialCdf, clearlyLessLoss } from '../../../diagnostics/verdict/loss.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { healthy, ping, tcp, tcpHost, withPingOnly } from './evidence-builder.js';

// Written by hand (issue 14). Figures from a lab run: the provider dropped 2 % of the pings it
// forwarded, TCP was clean; a quick check sent 2068 echoes and 270 handshakes.

const counts = (sent: number, lost: number) => ({ sent, received: sent - lost, lossCi95: wilsonInterval(lost, sent) });

describe('binomialCdf', () => {
  it('matches small cases worked by hand', () => {
    expect(binomialCdf(0, 10, 0.5)).toBeCloseTo(1 / 1024, 10);
    expect(binomialCdf(1, 10, 0.5)).toBeCloseTo(11 / 1024, 10);
    expect(binomialCdf(0, 270, 0.02)).toBeCloseTo(0.98 ** 270, 10);
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
  });
});

describe('clearlyLessLoss', () => {
  it('tells 0 of 270 handshakes from 2 % of 2068 pings, though their intervals touch', () => {
    const tcpClean = counts(270, 0);
    const icmp = counts(2068, 42);
    expect(tcpClean.lossCi95[1]).toBeGreaterThanOrEqual(icmp.lossCi95[0]);
    expect(clearlyLessLoss(tcpClean, icmp)).toBe(true);
  });

  it('does not tell 0 of 30 handshakes from 2 % of pings: too few to say', () => {
    expect(clearlyLessLoss(counts(30, 0), counts(2068, 42))).toBe(false);
  });

  it('does not call TCP cleaner when it loses at the same rate (a real line loss of 10 %)', () => {
    expect(clearlyLessLoss(counts(360, 34), counts(1500, 152))).toBe(false);
  });

  it('leaves lines losing 5 % or more to the intervals rule: few lost handshakes by chance are no proof', () => {
    // 10 % of pings lost, 10 of 200 handshakes (5 %): the intervals touch, and the exact test
    // alone would call TCP cleaner (a 1.6 % chance at the pooled rate).
    expect(binomialCdf(10, 200, 160 / 1700)).toBeLessThan(0.025);
    expect(wilsonInterval(10, 200)[1]).toBeGreaterThan(wilsonInterval(150, 1500)[0]);
    expect(clearlyLessLoss(counts(200, 10), counts(1500, 150))).toBe(false);
  });

  it('keeps the intervals rule: far apart is clearly less', () => {
    expect(clearlyLessLoss(counts(200, 0), counts(567, 328))).toBe(true);
  });

  it('says nothing about an empty side', () => {
    expect(clearlyLessLoss(counts(0, 0), counts(100, 50))).toBe(false);
  });
});

describe('ICMP-only loss of about 2 %', () => {
  it('is ping being deprioritised, not an open verdict, when hundreds of handshakes lost none', () => {
    const e = withPingOnly(
      healthy({ tcpTargets: tcp([tcpHost('203.0.113.10', 90, 90), tcpHost('203.0.113.11', 90, 90), tcpHost('www.example.com', 90, 90)]) }),
      [ping('203.0.113.10', 1034, 1011), ping('203.0.113.11', 1034, 1014)],
    );
    const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
    expect(decide(drafts, e).segment).toBe('none');
    expect(drafts.map((d) => d.id)).toContain('isp.ping-deprioritized');
  });
});
