import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { loadEffectiveConfig, redactionOf, resolveCheckTargets, withOokla } from '../../../diagnostics/config/effective-config.js';

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

  it('turns Ookla on only as policy or the user allow, and only with the licence accepted', async () => {
    const targets = targetsFromProfile({ throughput: { downloadUrl: 'http://127.0.0.1/big.bin' } }, 'profile');
    const on = await loadEffectiveConfig('en', setup({ ooklaEnabled: true, ooklaLicenceAccepted: true, ooklaCliPath: '/opt/ookla/speedtest' }, {}));
    expect(withOokla(targets, on.effective).throughput.ookla).toEqual({ enabled: true, licenceAccepted: true, cliPath: '/opt/ookla/speedtest' });
    const noLicence = await loadEffectiveConfig('en', setup({ ooklaEnabled: true }, {}));
    expect(withOokla(targets, noLicence.effective).throughput.ookla).toBeUndefined();
    const off = await loadEffectiveConfig('en', setup({}, {}));
    expect(withOokla(targets, off.effective)).toBe(targets);
  });

  it('gives the CLI and the app the same targets: the profile if given, else the policy’s', async () => {
    const env = setup({ targets: { internet: { pingTargets: ['198.51.100.10'] } } }, {});
    const config = await loadEffectiveConfig('en', env);
    const fromPolicy = await resolveCheckTargets(undefined, config);
    expect(fromPolicy.source).toBe('policy');
    expect(fromPolicy.internet.pingTargets).toEqual(['198.51.100.10']);
    const profile = join(env.HOMELINE_HOME!, 'profile.json');
    writeFileSync(profile, JSON.stringify({ internet: { pingTargets: ['127.0.0.1'] } }));
    const fromProfile = await resolveCheckTargets(profile, config);
    expect(fromProfile.internet.pingTargets).toEqual(['127.0.0.1']);
  });
});
