import { access } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { CommandRunner } from '../../platform/command.js';
import { dictionaryReading } from '../dictionary-reading.js';
import { MAC_MACHINE_PLIST, macUserPlist } from '../identity.js';
import { problemFrom } from '../policy-problem.js';
import type { PolicySource, SourceReading } from '../policy-source.js';

/**
 * Reads the managed preferences a configuration profile installs: the machine-wide plist, then
 * the user's own. They are often binary plists, so `plutil -convert json` reads them.
 */
export async function readDarwinPolicy(
  run: CommandRunner,
  user: string = userInfo().username,
  exists: (file: string) => Promise<boolean> | boolean = fileExists,
): Promise<SourceReading[]> {
  const machine: PolicySource = { location: MAC_MACHINE_PLIST, scope: 'machine' };
  const perUser: PolicySource = { location: macUserPlist(user), scope: 'user' };
  return [await readPlist(run, machine, exists), await readPlist(run, perUser, exists)];
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function readPlist(run: CommandRunner, source: PolicySource, exists: (file: string) => Promise<boolean> | boolean): Promise<SourceReading> {
  if (!(await exists(source.location))) return { source, found: false, entries: [] };
  const r = await run({ cmd: 'plutil', args: ['-convert', 'json', '-o', '-', source.location], timeoutMs: 10_000 });
  if (r.exitCode !== 0) {
    const why = r.spawnError ?? (r.stderr.trim() || `plutil exited with ${r.exitCode ?? r.signal ?? 'no code'}`);
    return { source, found: true, entries: [], error: { code: 'unreadable', detail: why } };
  }
  try {
    return dictionaryReading(JSON.parse(r.stdout), source);
  } catch (e) {
    return { source, found: true, entries: [], error: problemFrom('invalidJson', e) };
  }
}
