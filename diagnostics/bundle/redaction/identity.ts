import os from 'node:os';
import type { Literal } from './literals.js';

/** Who and where the user is, as it shows in command output: masked everywhere in a bundle. */
export interface Identity {
  readonly userName?: string;
  readonly hostName?: string;
  readonly homeDir?: string;
}

/** This machine's user name, host name and home folder (a missing one is left out, not guessed). */
export function localIdentity(): Identity {
  const read = (f: () => string): string | undefined => {
    try {
      return f() || undefined;
    } catch {
      return undefined; // os.userInfo throws for a uid without a passwd entry (containers)
    }
  };
  const userName = read(() => os.userInfo().username);
  const hostName = read(() => os.hostname());
  const homeDir = read(() => os.homedir());
  return { ...(userName ? { userName } : {}), ...(hostName ? { hostName } : {}), ...(homeDir ? { homeDir } : {}) };
}

// Names every machine has: masking them identifies no one and would blank out "localhost" in outputs.
const GENERIC = new Set(['localhost', 'localhost.localdomain', 'localdomain']);

/** Masks for an identity: the home folder, the host name with and without its domain, the user name. */
export function identityLiterals(id: Identity): Literal[] {
  const out: Literal[] = [];
  const add = (value: string | undefined, replacement: string): void => {
    if (value && !GENERIC.has(value.toLowerCase())) out.push({ value, replacement, ignoreCase: true, kind: 'identity' });
  };
  add(id.homeDir?.replace(/[\\/]+$/, ''), '<home>');
  add(id.hostName, '<host>');
  if (id.hostName?.includes('.')) add(id.hostName.split('.')[0], '<host>');
  add(id.userName, '<user>');
  return out;
}
