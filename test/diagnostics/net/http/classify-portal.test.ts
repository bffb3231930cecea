import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPortalAnswer, looksLikeHtml, type PortalAnswer } from '../../../../diagnostics/net/http/classify-portal.js';

const answer = (a: Partial<PortalAnswer>): PortalAnswer => ({
  status: 200, location: null, contentType: null, bodySample: '', failure: null, ...a,
});

describe('classifyPortalAnswer', () => {
  it('calls 204 and an empty 200 open', () => {
    expect(classifyPortalAnswer(answer({ status: 204 })).state).toBe('open');
    expect(classifyPortalAnswer(answer({ status: 200, bodySample: ' \n' })).state).toBe('open');
  });
  it('calls a redirect a portal and names the target', () => {
    expect(classifyPortalAnswer(answer({ status: 302, location: 'http://portal.example.com/login' }))).toEqual({
      state: 'portal',
      evidence: 'redirected (302) to http://portal.example.com/login',
    });
    expect(classifyPortalAnswer(answer({ status: 307 })).state).toBe('portal');
  });
  it('calls a page in place of the empty answer a portal', () => {
    const v = classifyPortalAnswer(answer({ bodySample: '<!DOCTYPE html><title>Hotel WiFi</title>' }));
    expect(v.state).toBe('portal');
    expect(v.evidence).toMatch(/web page.*Hotel WiFi/);
    expect(classifyPortalAnswer(answer({ status: 511 })).state).toBe('portal');
  });
  it('calls connection failures unreachable, not a portal', () => {
    expect(classifyPortalAnswer(answer({ status: null, failure: { stage: 'connect', code: 'ECONNREFUSED' } }))).toEqual({
      state: 'unreachable',
      evidence: 'no answer (connect: ECONNREFUSED)',
    });
  });
  it('draws no portal conclusion from a 404 or 500', () => {
    expect(classifyPortalAnswer(answer({ status: 404 })).state).toBe('unreachable');
    expect(classifyPortalAnswer(answer({ status: 500, failure: { stage: 'http', code: 'HTTP_500' } })).state).toBe('unreachable');
  });
  it('never throws, and an answer without a status is never a portal', () => {
    const arb = fc.record({
      status: fc.option(fc.integer({ min: 0, max: 999 })),
      location: fc.option(fc.string()),
      contentType: fc.option(fc.string()),
      bodySample: fc.string(),
      failure: fc.option(fc.record({ stage: fc.string(), code: fc.string() })),
    });
    fc.assert(fc.property(arb, (a) => {
      const v = classifyPortalAnswer(a);
      if (a.status === null) expect(v.state).toBe('unreachable');
      expect(v.evidence.length).toBeGreaterThan(0);
    }));
  });
});

describe('looksLikeHtml', () => {
  it('trusts the content type or the markup', () => {
    expect(looksLikeHtml('text/html; charset=utf-8', 'x')).toBe(true);
    expect(looksLikeHtml(null, '<html><body>Sign in</body></html>')).toBe(true);
    expect(looksLikeHtml('text/plain', 'success')).toBe(false);
  });
});
