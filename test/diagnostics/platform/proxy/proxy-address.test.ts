import { describe, expect, it } from 'vitest';
import { parseProxyAddress, parseProxyList, splitBypass } from '../../../../diagnostics/platform/proxy/proxy-address.js';

describe('parseProxyAddress', () => {
  it('reads host, port, scheme and drops credentials', () => {
    expect(parseProxyAddress('proxy.example.com:8080')).toEqual({ urlScheme: null, host: 'proxy.example.com', port: 8080, hadCredentials: false });
    expect(parseProxyAddress('http://user:pw@Proxy.Example.com:3128/')).toEqual({ urlScheme: 'http', host: 'proxy.example.com', port: 3128, hadCredentials: true });
    expect(parseProxyAddress('socks5h://[2001:db8::5]:1080')).toEqual({ urlScheme: 'socks5h', host: '[2001:db8::5]', port: 1080, hadCredentials: false });
    expect(parseProxyAddress('192.0.2.10')).toEqual({ urlScheme: null, host: '192.0.2.10', port: null, hadCredentials: false });
  });

  it('rejects what is not an address', () => {
    for (const s of ['', '(none)', 'Direct access (no proxy server).', 'proxy.example.com:99999', 'proxy.example.com:http', ':8080']) {
      expect(parseProxyAddress(s)).toBeNull();
    }
  });
});

describe('parseProxyList', () => {
  it('reads per-scheme lists and skips ftp', () => {
    expect(parseProxyList('http=proxy.example.com:8080;https=proxy.example.com:8443;ftp=proxy.example.com:2121;socks=198.51.100.7:1080')).toEqual({
      servers: [
        { scheme: 'http', host: 'proxy.example.com', port: 8080 },
        { scheme: 'https', host: 'proxy.example.com', port: 8443 },
        { scheme: 'socks', host: '198.51.100.7', port: 1080 },
      ],
      hadCredentials: false,
    });
  });

  it('reads one proxy for every scheme', () => {
    expect(parseProxyList('proxy.example.com:3128').servers).toEqual([{ scheme: 'any', host: 'proxy.example.com', port: 3128 }]);
  });
});

describe('splitBypass', () => {
  it('splits on ; and ,', () => {
    expect(splitBypass('<local>; *.example.com,192.0.2.*;;')).toEqual(['<local>', '*.example.com', '192.0.2.*']);
  });
});
