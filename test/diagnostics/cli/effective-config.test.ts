import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEffectiveConfig, redactionOf } from '../../../diagnostics/cli/effective-config.js';

function setup(policy: object, preferences: object): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'homeline-effective-'));
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, preferences }));
  return { HOMELINE_POLICY_FILE: join(dir, 'policy.json'), HOMELINE_HOME: dir };
}

describe('the settings in effect for the CLI: policy > the user’s settings > defaults', () => {
  it('takes redaction from policy where set and from the user where policy leaves it open', async () => {
    const env = setup({ redactionLevel: 'strict' }, { redactionLevel: 'off', ssidHandling: 'keep' });
    const { effective } = await loadEffectiveConfig('en', env);
    expect(redactionOf(effective)).toEqual({ level: 'strict', ssid: 'keep' });
    expect(effective.settings.redactionLevel).toMatchObject({ source: 'policy', locked: true });
    expect(effective.ignored.map((i) => i.key)).toContain('redactionLevel');
  });

  it('falls back to standard redaction with hashed SSIDs when nobody chose', async () => {
    const { effective } = await loadEffectiveConfig('en', setup({}, {}));
    expect(redactionOf(effective)).toEqual({ level: 'standard', ssid: 'hash' });
  });
});
