import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSecretStore, defaultSecretFile } from '../../../../diagnostics/tickets/secrets/cli-secret-store.js';

describe('CLI secret store', () => {
  it('prefers HOMELINE_HELPDESK_TOKEN', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-sec-'));
    expect(await cliSecretStore(dir, { HOMELINE_HELPDESK_TOKEN: ' u:p\n' }).get('sn')).toBe('u:p');
  });

  it('reads a user-only file and refuses a group- or world-readable one with the fix in the message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-sec-'));
    const file = defaultSecretFile(dir, 'sn');
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(file, 'agent:secret\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(await cliSecretStore(dir, {}, 'linux').get('sn')).toBe('agent:secret');
    chmodSync(file, 0o640);
    await expect(cliSecretStore(dir, {}, 'linux').get('sn')).rejects.toThrow(`mode 640 lets other users read it. Run chmod 600 ${file}`);
    chmodSync(file, 0o604);
    await expect(cliSecretStore(dir, {}, 'linux').get('sn')).rejects.toThrow(/mode 604/);
  });

  it('uses the file HOMELINE_HELPDESK_TOKEN_FILE names, and has nothing when no file exists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-sec-'));
    const file = join(dir, 'token');
    writeFileSync(file, 'tok', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(await cliSecretStore(dir, { HOMELINE_HELPDESK_TOKEN_FILE: file }).get('any')).toBe('tok');
    expect(await cliSecretStore(dir, {}).get('missing')).toBeUndefined();
  });
});
