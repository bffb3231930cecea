import { describe, expect, it } from 'vitest';
import { keyedHash } from '../../../../diagnostics/bundle/redaction/keyed-hash.js';
import type { RedactionOptions } from '../../../../diagnostics/bundle/redaction/policy.js';
import { createRedactor } from '../../../../diagnostics/bundle/redaction/redactor.js';

const make = (options: RedactionOptions = { level: 'standard', ssid: 'hash' }, salt = 'salt-a', extra: { keepAddresses?: string[] } = {}) =>
  createRedactor({
    options,
    hash: keyedHash(salt),
    identity: { userName: 'anna', hostName: 'anna-pc.fritz.box', homeDir: '/home/anna' },
    ssids: ['Nygren 2.4', 'Garage:Extender'],
    ...extra,
  });

describe('redactor: hardware addresses', () => {
  it('keeps the vendor prefix, hashes the device part, in every spelling a tool prints', () => {
    const r = make();
    expect(r.text('Connected to 3c:a0:67:5e:21:0b (on wlan0)')).toMatch(/^Connected to 3c:a0:67:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2} \(on wlan0\)$/);
    expect(r.text('Physical Address: 3C-A0-67-5E-21-0B')).toMatch(/^Physical Address: 3C-A0-67-[0-9A-F]{2}-[0-9A-F]{2}-[0-9A-F]{2}$/);
    expect(r.text('yes:x:3C\\:A0\\:67\\:5E\\:21\\:0B:6')).toMatch(/^yes:x:3C\\:A0\\:67\\:[0-9A-F]{2}\\:[0-9A-F]{2}\\:[0-9A-F]{2}:6$/);
    expect(r.text('ether 0:1c:42:a:b:c')).not.toContain('0:1c:42:a:b:c');
    expect(r.tally.hardwareIds).toBe(4);
  });

  it('gives one device the same pseudo-address in every spelling and every bundle of an install, another under another salt', () => {
    const a = make().text('3c:a0:67:5e:21:0b');
    expect(make().text('3C-A0-67-5E-21-0B').toLowerCase().replaceAll('-', ':')).toBe(a);
    expect(make(undefined, 'salt-b').text('3c:a0:67:5e:21:0b')).not.toBe(a);
  });

  it('hashes a DHCPv6 DUID whole (it embeds the MAC) and leaves all-zero and broadcast alone', () => {
    const r = make();
    const duid = '00-01-00-01-2C-6B-1F-4E-3C-A0-67-5E-21-0B';
    const out = r.text(`DUID . . : ${duid}`);
    expect(out).not.toContain('3C-A0-67-5E-21-0B');
    expect(out).toMatch(/^DUID \. \. : ([0-9A-F]{2}-){13}[0-9A-F]{2}$/);
    expect(r.text('link/loopback 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff')).toBe('link/loopback 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff');
  });

  it('strict hashes the whole MAC and marks it locally administered', () => {
    const out = make({ level: 'strict', ssid: 'keep' }).text('3c:a0:67:5e:21:0b');
    expect(out.startsWith('3c:a0:67')).toBe(false);
    expect(parseInt(out.slice(0, 2), 16) & 0x03).toBe(0x02);
  });
});

describe('redactor: IP addresses', () => {
  it('cuts public IPv4 to /24 and keeps private, lab and special ranges', () => {
    const r = make();
    expect(r.text('64 bytes from 8.8.4.4: icmp_seq=1')).toBe('64 bytes from 8.8.4.x: icmp_seq=1');
    expect(r.text('via 192.168.178.1 and 10.0.0.7, lab 203.0.113.7 198.18.0.53 198.51.100.9 192.0.2.1, 100.64.1.1, 127.0.0.53, 255.255.255.0')).toBe(
      'via 192.168.178.1 and 10.0.0.7, lab 203.0.113.7 198.18.0.53 198.51.100.9 192.0.2.1, 100.64.1.1, 127.0.0.53, 255.255.255.0',
    );
    expect(r.text('end of sentence 93.184.216.34.')).toBe('end of sentence 93.184.216.x.');
  });

  it('leaves version numbers and longer dotted runs alone', () => {
    const r = make();
    expect(r.text('Version    REG_SZ    23.9.1.104')).toBe('Version    REG_SZ    23.9.1.104');
    expect(r.text('firmware version 18.20.439.0.7.8.171')).toBe('firmware version 18.20.439.0.7.8.171');
    expect(r.json({ version: '23.9.1.104', peer: '23.9.1.104' })).toEqual({ version: '23.9.1.104', peer: '23.9.1.x' });
  });

  it('cuts IPv6 to /48, hides link-local interface ids, keeps documentation, loopback and router-style link-local', () => {
    const r = make();
    expect(r.text('inet6 2a02:8108:1234:5600:3ea0:67ff:fe5e:210b/64')).toBe('inet6 2a02:8108:1234::x/64');
    expect(r.text('inet6 fe80::3ea0:67ff:fe5e:210b%wlan0')).toBe('inet6 fe80::x%wlan0');
    expect(r.text('default via fe80::1 dev wlan0; 2001:db8::53; ::1')).toBe('default via fe80::1 dev wlan0; 2001:db8::53; ::1');
    expect(r.text('mapped ::ffff:8.8.8.8')).toBe('mapped ::ffff:8.8.8.x');
    expect(r.text('at 10:12:23 and 02:00:5e')).toBe('at 10:12:23 and 02:00:5e');
  });

  it('strict cuts IPv4 to /16 and IPv6 to /32', () => {
    const r = make({ level: 'strict', ssid: 'keep' });
    expect(r.text('8.8.4.4 2a02:8108:1234::1')).toBe('8.8.x.x 2a02:8108::x');
  });

  it('keeps the addresses the profile names verbatim', () => {
    const r = make(undefined, undefined, { keepAddresses: ['9.9.9.9', '2620:fe::fe'] });
    expect(r.text('resolver 9.9.9.9 and 2620:fe::fe, user 9.9.9.10')).toBe('resolver 9.9.9.9 and 2620:fe::fe, user 9.9.9.x');
  });
});

describe('redactor: names', () => {
  it('masks the home folder, host name and user name, whole words only, any case', () => {
    const r = make();
    expect(r.text('/home/anna/.config anna-pc.fritz.box ANNA-PC user Anna; annabel stays')).toBe('<home>/.config <host> <host> user <user>; annabel stays');
  });

  it('hashes SSIDs in every spelling (nmcli escapes colons, JSON escapes quotes) or keeps them by policy', () => {
    const hashed = make();
    const out = hashed.text('yes:Garage\\:Extender:6 SSID: Garage:Extender "Nygren 2.4"');
    expect(out).toMatch(/^yes:ssid-[0-9a-f]{8}:6 SSID: ssid-[0-9a-f]{8} "ssid-[0-9a-f]{8}"$/);
    expect(make({ level: 'standard', ssid: 'keep' }).text('SSID: Garage:Extender')).toBe('SSID: Garage:Extender');
    expect(make({ level: 'strict', ssid: 'keep' }).text('SSID: Garage:Extender')).toMatch(/^SSID: ssid-[0-9a-f]{8}$/);
  });

  it('walks JSON keys and values and changes nothing with level off', () => {
    const r = make();
    expect(r.json({ '3c:a0:67:5e:21:0b': ['anna', 5, null] })).not.toHaveProperty(['3c:a0:67:5e:21:0b']);
    const off = make({ level: 'off', ssid: 'hash' });
    const text = 'anna 8.8.8.8 3c:a0:67:5e:21:0b Garage:Extender';
    expect(off.text(text)).toBe(text);
    expect(off.tally).toEqual({ hardwareIds: 0, ipv4: 0, ipv6: 0, identity: 0, ssids: 0 });
  });
});

describe('redactor: generic host names', () => {
  it('does not mask "localhost", which names no one', () => {
    const r = createRedactor({ options: { level: 'standard', ssid: 'keep' }, hash: keyedHash('x'), identity: { hostName: 'localhost', userName: 'bo-l' }, ssids: [] });
    expect(r.text('connect to localhost:631 as bo-l')).toBe('connect to localhost:631 as <user>');
  });
});
