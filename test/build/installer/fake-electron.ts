import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fuse sentinel Electron binaries carry (@electron/fuses finds the fuse wire right after it). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's fuse order (wire version 1). */
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

/**
 * A stand-in for an unpacked Electron (the real one cannot be downloaded here): a file named
 * `electron` holding a fuse wire with Electron's defaults, so electron-builder can copy it,
 * pack the app beside it and flip its fuses as it would the real binary's.
 */
export function writeFakeElectronDist(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const defaults = '10110001'; // RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\n# '), Buffer.from(FUSE_SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.from('\n')]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for the Electron licence\n');
}

/** The fuse settings written in a binary, by name. */
export function readFuses(binary: Buffer): Record<(typeof FUSE_ORDER)[number], boolean> {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const wire = binary.subarray(at + 2, at + 2 + (binary[at + 1] ?? 0)).toString('latin1');
  return Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === '1'])) as Record<(typeof FUSE_ORDER)[number], boolean>;
}
