import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandRunner } from '../../platform/command.js';
import { REGISTRY_ROOTS, REGISTRY_SUBKEY } from '../identity.js';
import type { PolicySource, SourceReading } from '../policy-source.js';
import { decodeRegFile, parseRegExport } from './parse-reg-export.js';
import { policyValuesFromRegQuery } from './parse-reg-query.js';
import { registryReading } from './registry-reading.js';

/**
 * Reads HKLM and then HKCU `SOFTWARE\Policies\Homeline`. `reg export` comes first: its file is
 * UTF-16, so a company name with umlauts arrives intact, while `reg query` prints in the console's
 * code page. When the export fails, `reg query /s` tells whether the key exists and gives its values.
 */
export async function readWindowsPolicy(run: CommandRunner): Promise<SourceReading[]> {
  const out: SourceReading[] = [];
  for (const root of REGISTRY_ROOTS) {
    const keyPath = `${root}\\${REGISTRY_SUBKEY}`;
    const source: PolicySource = { location: keyPath, scope: root === 'HKLM' ? 'machine' : 'user' };
    out.push((await viaExport(run, keyPath, source)) ?? (await viaQuery(run, keyPath, source)));
  }
  return out;
}

async function viaExport(run: CommandRunner, keyPath: string, source: PolicySource): Promise<SourceReading | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-policy-'));
  try {
    const file = join(dir, 'policy.reg');
    const r = await run({ cmd: 'reg', args: ['export', keyPath, file, '/y'], timeoutMs: 10_000 });
    if (r.exitCode !== 0) return undefined;
    return registryReading(parseRegExport(decodeRegFile(await readFile(file))), keyPath, source);
  } catch {
    return undefined; // an unreadable export: reg query below still reads the key
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function viaQuery(run: CommandRunner, keyPath: string, source: PolicySource): Promise<SourceReading> {
  const r = await run({ cmd: 'reg', args: ['query', keyPath, '/s'], timeoutMs: 10_000 });
  if (r.spawnError !== undefined || r.timedOut) {
    return { source, found: false, entries: [], error: { code: 'unreadable', detail: `reg query: ${r.spawnError ?? 'timed out'}` } };
  }
  const values = policyValuesFromRegQuery(r.stdout);
  // reg.exe exits 1 with a localized "unable to find" message when the key is absent.
  if (values.length === 0 && !/^HKEY_/m.test(r.stdout)) return { source, found: false, entries: [] };
  return registryReading(values, keyPath, source);
}
