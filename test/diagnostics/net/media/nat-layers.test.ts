import { describe, expect, it } from 'vitest';
import { inSharedRange, natLayers } from '../../../../diagnostics/net/media/nat-layers.js';

// Clues written for this test (addresses from documentation, private and shared ranges).

const hops = (...addresses: (string | null)[]) => addresses.map((address, i) => ({ ttl: i + 1, address }));

describe('natLayers', () => {
  it('knows the shared range 100.64.0.0/10 and nothing around it', () => {
    expect(inSharedRange('100.64.0.1')).toBe(true);
    expect(inSharedRange('100.127.255.254')).toBe(true);
    expect(inSharedRange('100.63.255.255')).toBe(false);
    expect(inSharedRange('100.128.0.0')).toBe(false);
    expect(inSharedRange('::1')).toBe(false);
  });

  it('sees carrier-grade NAT in the mapped address', () => {
    expect(natLayers({ mapped: '100.72.3.4', local: '192.168.1.20', hops: hops('192.168.1.1', '100.72.0.1'), gateway: '192.168.1.1' }).cgnat).toEqual({ via: 'mapped', address: '100.72.3.4' });
  });

  it('sees carrier-grade NAT in a provider router when the servers saw a public address', () => {
    const l = natLayers({ mapped: '203.0.113.9', local: '192.168.1.20', hops: hops('192.168.1.1', null, '100.65.0.1'), gateway: '192.168.1.1' });
    expect(l).toEqual({ cgnat: { via: 'hop', address: '100.65.0.1' }, doubleNat: null, beyondRouter: null, routerIsLast: null });
  });

  it('sees double NAT when the home router’s next hop is private and the address is translated', () => {
    const l = natLayers({ mapped: '203.0.113.9', local: '192.168.2.20', hops: hops('192.168.2.1', '192.168.1.1', '198.51.100.1'), gateway: '192.168.2.1' });
    expect(l.doubleNat).toEqual({ secondRouter: '192.168.1.1' });
    expect(l.cgnat).toBeNull();
  });

  it('sees no layer on a routed line, or without a mapped address', () => {
    expect(natLayers({ mapped: '192.0.2.10', local: '192.0.2.10', hops: hops('192.0.2.1', '10.0.0.1'), gateway: '192.0.2.1' })).toEqual({ cgnat: null, doubleNat: null, beyondRouter: null, routerIsLast: null });
    expect(natLayers({ mapped: null, local: '192.168.2.20', hops: hops('192.168.2.1', '192.168.1.1'), gateway: '192.168.2.1' }).doubleNat).toBeNull();
  });

  describe('with the router’s own WAN address (NAT-PMP)', () => {
    const base = { local: '192.168.1.20', hops: [], gateway: '192.168.1.1' };
    it('knows the router is the last translation when its WAN address is the mapped one', () => {
      expect(natLayers({ ...base, mapped: '203.0.113.9', routerWan: '203.0.113.9' })).toEqual({ cgnat: null, doubleNat: null, beyondRouter: null, routerIsLast: true });
    });
    it('sees carrier-grade NAT in a shared WAN address, double NAT in a private one, another NAT beyond a public one', () => {
      expect(natLayers({ ...base, mapped: '203.0.113.9', routerWan: '100.100.0.7' })).toMatchObject({ cgnat: { via: 'router-wan', address: '100.100.0.7' }, doubleNat: null, beyondRouter: null, routerIsLast: false });
      expect(natLayers({ ...base, mapped: '203.0.113.9', routerWan: '10.0.0.2' })).toMatchObject({ cgnat: null, doubleNat: { routerWan: '10.0.0.2' }, beyondRouter: null });
      expect(natLayers({ ...base, mapped: '203.0.113.9', routerWan: '198.51.100.2' })).toMatchObject({ cgnat: null, doubleNat: null, beyondRouter: { routerWan: '198.51.100.2', mapped: '203.0.113.9' } });
    });
    it('prefers the mapped address’s own evidence of carrier-grade NAT', () => {
      expect(natLayers({ ...base, mapped: '100.64.0.2', routerWan: '198.51.100.2' }).cgnat).toEqual({ via: 'mapped', address: '100.64.0.2' });
    });
    it('compares nothing on a routed line (nothing translated) or without the WAN address', () => {
      expect(natLayers({ ...base, local: '203.0.113.9', mapped: '203.0.113.9', routerWan: '198.51.100.2' })).toEqual({ cgnat: null, doubleNat: null, beyondRouter: null, routerIsLast: null });
      expect(natLayers({ ...base, mapped: '203.0.113.9', routerWan: null }).routerIsLast).toBeNull();
    });
  });
});
