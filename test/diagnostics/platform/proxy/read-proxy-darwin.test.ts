import { describe, expect, it } from 'vitest';
import { parseScutilProxy } from '../../../../diagnostics/platform/proxy/parse-scutil-proxy.js';
import { proxyFactsFromScutil } from '../../../../diagnostics/platform/proxy/read-proxy-darwin.js';
import { fixture } from './support.js';

const facts = (name: string) => proxyFactsFromScutil(parseScutilProxy(fixture(name)));

describe('scutil --proxy', () => {
  it('reads the outer dictionary and its exceptions array', () => {
    const p = parseScutilProxy(fixture('mac-scutil-manual.txt'));
    expect(p.values.get('HTTPProxy')).toBe('proxy.example.com');
    expect(p.values.get('HTTPSPort')).toBe('8443');
    expect(p.arrays.get('ExceptionsList')).toEqual(['*.local', '169.254/16', '*.corp.example.com']);
  });

  it('no proxy: direct with the default exceptions', () => {
    expect(facts('mac-scutil-none.txt')).toEqual({
      mode: 'direct', servers: [], pacUrl: null, bypass: ['*.local', '169.254/16'],
      sources: ['bypass: ExceptionsList (scutil --proxy)'], notes: [],
    });
  });

  it('manual: enabled HTTP and HTTPS proxies, SOCKS off, simple host names excluded', () => {
    const f = facts('mac-scutil-manual.txt');
    expect(f.mode).toBe('manual');
    expect(f.servers).toEqual([
      { scheme: 'http', host: 'proxy.example.com', port: 8080 },
      { scheme: 'https', host: 'proxy.example.com', port: 8443 },
    ]);
    expect(f.bypass).toEqual(['*.local', '169.254/16', '*.corp.example.com', '<local>']);
    expect(f.sources).toContain('servers: HTTPEnable/HTTPProxy/HTTPPort (scutil --proxy)');
  });

  it('PAC: the URL, and the scoped per-interface proxy is not mistaken for the global one', () => {
    const f = facts('mac-scutil-pac.txt');
    expect(f).toMatchObject({ mode: 'pac', pacUrl: 'http://wpad.corp.example.com/proxy.pac', servers: [], bypass: ['*.local', '169.254/16'] });
    expect(f.sources).toContain('pacUrl: ProxyAutoConfigURLString (scutil --proxy)');
  });

  it('auto-discovery: WPAD', () => {
    expect(facts('mac-scutil-autodiscovery.txt')).toMatchObject({ mode: 'auto-detect', pacUrl: null, servers: [] });
  });

  it('garbage reads as unknown', () => {
    expect(proxyFactsFromScutil(parseScutilProxy(fixture('win-en-reg-error.txt'))).mode).toBe('unknown');
  });
});
