import { describe, expect, it } from 'vitest';
import { bareHost, isHostAddress } from '../../../diagnostics/schema/host-name.js';

describe('host names at the door', () => {
  it.each([
    'example.com',
    'vpn',
    'vpn-1.corp.example.',
    'xn--bcher-kva.example',
    '198.51.100.10',
    '::1',
    '[::1]',
    '2001:db8::80',
    '[2001:db8::80]',
    'fe80::1%eth0',
    `${'a'.repeat(63)}.example`,
  ])('accepts %s', (host) => {
    expect(isHostAddress(host)).toBe(true);
  });

  it.each([
    '-oProxyCommand=x',
    '-vpn.example',
    'vpn example',
    'a;rm -rf /',
    '$(id)',
    'a`id`',
    'host|x',
    '',
    '.',
    'a..b',
    'bad-.example',
    `${'a'.repeat(64)}.example`,
    `${'a.'.repeat(127)}ab`,
    '1.2.3.999',
    '[198.51.100.10]',
    '[::1',
    'fe80::1%eth0;x',
    'bücher.example',
    'host:443',
  ])('refuses %j', (host) => {
    expect(isHostAddress(host)).toBe(false);
  });

  it('strips the brackets of an IPv6 literal only', () => {
    expect(bareHost('[::1]')).toBe('::1');
    expect(bareHost('[example.com]')).toBe('[example.com]');
    expect(bareHost('example.com')).toBe('example.com');
  });
});
