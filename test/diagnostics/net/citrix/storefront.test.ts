import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyStoreFront, recogniseStoreFront, type StoreFrontCheck } from '../../../../diagnostics/net/citrix/storefront.js';

const page = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ok = (bodySample: string, headers: Record<string, string> = {}): StoreFrontCheck => ({ status: 200, bodySample, location: null, headers });
const redirect = (location: string, headers: Record<string, string> = {}): StoreFrontCheck => ({ status: 302, bodySample: '', location, headers });

describe('StoreFront / Gateway recognition', () => {
  it('recognises the Receiver for Web page of a StoreFront store, with its clues', () => {
    const r = classifyStoreFront(ok(page('storeweb-index.html'), { 'x-citrix-application': 'Receiver for Web', 'set-cookie': 'CtxsClientDetectionDone=true; path=/Citrix/StoreWeb/' }));
    expect(r.kind).toBe('storefront');
    expect(r.clues).toEqual([
      '"CitrixStoreFront" (StoreWeb logo/resource names)',
      'Receiver for Web script ctxs.core/ctxs.webui',
      'Receiver for Web resources under receiver/',
      '"Citrix Receiver/Workspace" in the page',
      'header X-Citrix-Application: Receiver for Web',
      'StoreFront cookie CtxsClientDetectionDone',
    ]);
  });

  it('recognises StoreFront by its headers alone (a body the caller did not keep)', () => {
    expect(recogniseStoreFront(ok('', { 'X-Citrix-Application': 'Receiver for Web' }))).toBe('storefront');
    expect(recogniseStoreFront(ok('', { 'Set-Cookie': 'ASP.NET_SessionId=abc; path=/\nCsrfToken=597E2B; path=/Citrix/StoreWeb/' }))).toBe('storefront');
  });

  it('follows the IIS root page and redirects that lead to a /Citrix/…Web site', () => {
    expect(recogniseStoreFront(ok(page('iis-root-redirect.html')))).toBe('storefront');
    expect(recogniseStoreFront(redirect('https://storefront.corp.example/Citrix/StoreWeb/'))).toBe('storefront');
    expect(recogniseStoreFront(redirect('/Citrix/CorpStoreWeb/'))).toBe('storefront');
  });

  it('recognises a Citrix Gateway logon point even though it reuses the Receiver scripts', () => {
    const r = classifyStoreFront(ok(page('gateway-logonpoint-index.html'), { 'set-cookie': 'NSC_TEMP=xyz; Path=/; Secure' }));
    expect(r.kind).toBe('gateway');
    expect(r.clues).toEqual(['page title "Citrix/NetScaler Gateway"', 'Gateway logon-page text class _ctxstxt_NetscalerGateway/AAA']);
  });

  it('recognises the classic NetScaler Gateway page and the Gateway redirects', () => {
    expect(recogniseStoreFront(ok(page('gateway-vpn-index-classic.html')))).toBe('gateway');
    expect(recogniseStoreFront(redirect('/vpn/index.html', { 'set-cookie': 'NSC_TMAS=abc; Path=/' }))).toBe('gateway');
    expect(recogniseStoreFront(redirect('https://gateway.example.com/logon/LogonPoint/tmindex.html'))).toBe('gateway');
  });

  it('takes NetScaler cookies or headers for a Gateway only when the page says nothing else', () => {
    const nsc = classifyStoreFront(ok('<html><body>Please wait</body></html>', { 'Set-Cookie': 'NSC_AAAC=xyz; path=/; secure;HttpOnly' }));
    expect(nsc).toEqual({ kind: 'gateway', clues: ['NetScaler cookie NSC_AAAC'] });
    expect(classifyStoreFront(ok('', { Cneonction: 'close' }))).toEqual({ kind: 'gateway', clues: ['NetScaler header cneonction'] });
    // A NetScaler load balancer in front of StoreFront also sets NSC_ cookies: the page decides.
    expect(recogniseStoreFront(ok(page('storeweb-index.html'), { 'set-cookie': 'NSC_storefront_lb=ffffffff0950; path=/' }))).toBe('storefront');
  });

  it('calls HTTP errors error pages, whoever served them', () => {
    expect(classifyStoreFront({ status: 500, bodySample: page('storeweb-server-error.html'), location: null })).toEqual({ kind: 'error-page', clues: ['HTTP status 500'] });
    expect(recogniseStoreFront({ status: 503, bodySample: '<h1>Service Unavailable</h1>', location: null })).toBe('error-page');
    expect(recogniseStoreFront({ status: 404, bodySample: '', location: null })).toBe('error-page');
  });

  it('calls everything else other', () => {
    expect(classifyStoreFront(ok(page('hotel-portal.html')))).toEqual({ kind: 'other', clues: [] });
    expect(recogniseStoreFront(redirect('http://192.0.2.1/login?orig=storefront.corp.example'))).toBe('other');
    expect(classifyStoreFront({ status: null, bodySample: '', location: null })).toEqual({ kind: 'other', clues: ['no HTTP response'] });
  });
});
