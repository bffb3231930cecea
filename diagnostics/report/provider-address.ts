import { BlockList, isIPv4, isIPv6 } from 'node:net';

// Addresses that mean something only inside one home or one company: a provider's agent cannot
// check them, and a company's own (reached over the VPN) must never be read out to an ISP. The
// provider's shared range 100.64.0.0/10 (RFC 6598, carrier-grade NAT) stays nameable: it is
// handed out by providers for their own first routers. 198.18.0.0/15 (RFC 2544) is never routed on
// the internet; where it appears it is someone's inside network (the lab's company uses it).
const INSIDE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  INSIDE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [['::', 127], ['fe80::', 10], ['fc00::', 7], ['ff00::', 8]] as const) INSIDE.addSubnet(net, bits, 'ipv6');

/**
 * Whether the call script may name this address to the provider: a literal IP address outside
 * every private, link-local, loopback and multicast range. A host name is never nameable (it
 * could be a company's); the documentation ranges the fault lab uses count as public.
 */
export function isProviderNameable(address: string): boolean {
  if (isIPv4(address)) return !INSIDE.check(address, 'ipv4');
  if (isIPv6(address)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? isProviderNameable(mapped[1]!) : !INSIDE.check(address, 'ipv6');
  }
  return false;
}
