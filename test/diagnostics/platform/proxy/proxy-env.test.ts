import { describe, expect, it } from 'vitest';
import { parseGsettingsInt, parseGsettingsString, parseGsettingsStrv } from '../../../../diagnostics/platform/proxy/parse-gsettings.js';
import { proxyFromEnv } from '../../../../diagnostics/platform/proxy/proxy-env.js';
import { fixture } from './support.js';

describe('proxyFromEnv', () => {
  it('reads lower-case variables first, drops credentials, reads socks and no_proxy', () => {
    const env = JSON.parse(fixture('linux-env-proxy.json')) as NodeJS.ProcessEnv;
    const r = proxyFromEnv(env);
    expect(r.servers).toEqual([
      { scheme: 'http', host: 'proxy.example.com', port: 3128 },
      { scheme: 'https', host: 'proxy.example.com', port: 3129 },
      { scheme: 'socks', host: '[2001:db8::5]', port: 1080 },
    ]);
    expect(r.bypass).toEqual(['localhost', '127.0.0.1', '.corp.example.com']);
    expect(r.sources).toEqual([
      'servers: environment http_proxy',
      'servers: environment https_proxy',
      'servers: environment all_proxy',
      'bypass: environment no_proxy',
    ]);
    expect(r.notes).toEqual(['https_proxy carries a user name and password (not shown).']);
    expect(JSON.stringify(r)).not.toContain('s3cret');
  });

  it('reads upper-case variables and notes an unusable value', () => {
    const r = proxyFromEnv({ HTTPS_PROXY: 'proxy.example.com:8080', HTTP_PROXY: 'not a proxy' });
    expect(r.servers).toEqual([{ scheme: 'https', host: 'proxy.example.com', port: 8080 }]);
    expect(r.notes).toEqual(['HTTP_PROXY is set but is not a proxy address.']);
  });

  it('an empty environment has no proxy', () => {
    expect(proxyFromEnv({})).toEqual({ servers: [], bypass: [], sources: [], notes: [] });
  });
});

describe('gsettings values', () => {
  it('reads strings, integers and string arrays', () => {
    expect(parseGsettingsString(fixture('linux-gsettings-mode-manual.txt'))).toBe('manual');
    expect(parseGsettingsString(fixture('linux-gsettings-empty-host.txt'))).toBe('');
    expect(parseGsettingsString(fixture('linux-gsettings-no-schema.txt'))).toBeNull();
    expect(parseGsettingsInt(fixture('linux-gsettings-http-port.txt'))).toBe(3128);
    expect(parseGsettingsInt('int32 8080\n')).toBe(8080);
    expect(parseGsettingsInt(fixture('linux-gsettings-mode-none.txt'))).toBeNull();
    expect(parseGsettingsStrv(fixture('linux-gsettings-ignore-hosts.txt'))).toEqual(['localhost', '127.0.0.0/8', '::1', '*.corp.example.com']);
    expect(parseGsettingsStrv('@as []\n')).toEqual([]);
  });
});
