import { describe, expect, it } from 'vitest';
import { parseNetshWinhttp } from '../../../../diagnostics/platform/proxy/parse-netsh-winhttp.js';
import { fixture } from './support.js';

describe('parseNetshWinhttp', () => {
  it.each(['en', 'de', 'sv'])('reads direct access in %s', (lang) => {
    expect(parseNetshWinhttp(fixture(`win-${lang}-winhttp-direct.txt`))).toEqual({ state: 'direct', servers: [], bypass: [] });
  });

  it('reads the English proxy and bypass list', () => {
    expect(parseNetshWinhttp(fixture('win-en-winhttp-proxy.txt'))).toEqual({
      state: 'proxy',
      servers: [{ scheme: 'any', host: 'proxy.example.com', port: 8080 }],
      bypass: ['<local>', '*.corp.example.com'],
    });
  });

  it('reads the German proxy; "(keine)" is an empty bypass list', () => {
    expect(parseNetshWinhttp(fixture('win-de-winhttp-proxy.txt'))).toEqual({
      state: 'proxy',
      servers: [{ scheme: 'any', host: 'proxy.example.com', port: 8080 }],
      bypass: [],
    });
  });

  it('reads the Swedish per-scheme proxy list', () => {
    expect(parseNetshWinhttp(fixture('win-sv-winhttp-proxy.txt'))).toEqual({
      state: 'proxy',
      servers: [
        { scheme: 'http', host: 'proxy.example.com', port: 8080 },
        { scheme: 'https', host: 'secure-proxy.example.com', port: 8443 },
      ],
      bypass: ['<local>'],
    });
  });

  it('gives unknown for empty output and for an error message', () => {
    expect(parseNetshWinhttp('').state).toBe('unknown');
    expect(parseNetshWinhttp('The following command was not found: winhttp show proxy.\r\n').state).toBe('unknown');
  });
});
