import { isIPv4, isIPv6 } from 'node:net';

/** 169.254.0.0/16: what a machine gives itself when no DHCP server answered. */
export function isSelfAssigned(address: string): boolean {
  return isIPv4(address) && address.startsWith('169.254.');
}

/** An address that can reach beyond the link: not loopback, not link-local, not self-assigned. */
export function isUsableAddress(address: string): boolean {
  if (isIPv4(address)) return !address.startsWith('127.') && !isSelfAssigned(address) && address !== '0.0.0.0';
  if (isIPv6(address)) {
    const a = address.toLowerCase();
    return a !== '::1' && !a.startsWith('fe80:') && a !== '::';
  }
  return false;
}
