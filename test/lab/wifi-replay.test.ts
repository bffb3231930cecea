import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../diagnostics/schema/report.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { SCENARIOS } from './scenarios.js';

// The lab cannot make a radio, so a recorded weak Wi-Fi (Linux iw and nmcli output) is replayed to
// the real engine while the lab injects the loss at the router: the same loss is the Wi-Fi's on a
// weak radio and the home network's on a cable (the plain home-loss scenario of lab.test.ts).
const RECORDING = new URL('./recordings/weak-wifi-linux.json', import.meta.url).pathname;
const readiness = await labReadiness();
// lab.test.ts already shouts when the lab cannot run, and fails under CI=true.
describe.skipIf(!readiness.ok)('lab: loss at the router on a weak Wi-Fi', () => {
  let session: LabSession;
  beforeAll(async () => {
    session = await LabSession.open();
    process.env.HOMELINE_REPLAY = RECORDING;
  });
  afterAll(async () => {
    delete process.env.HOMELINE_REPLAY;
    await session?.close();
  });

  it('blames the Wi-Fi, citing the radio, for 10 % loss at the router', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'home-loss-10')!;
    const { run } = await session.run(scenario);
    expect(run.exitCode).toBe(1);
    expect(run.report.verdict.segment).toBe('wifi');
    const top = run.report.findings[0] as unknown as Finding;
    expect(top.id).toBe('wifi.link-loss');
    expect(top.evidence.join(' ')).toContain('-84 dBm');
    expect(run.report.findings.map((f) => f.id)).toContain('wifi.weak-signal');
  });

  it('warns of a signal below -80 dBm even while no packet is lost yet', async () => {
    const { run } = await session.run(SCENARIOS.find((s) => s.name === 'healthy')!);
    expect(run.report.verdict.segment).toBe('wifi');
    expect(run.report.findings[0]).toMatchObject({ id: 'wifi.weak-signal', severity: 'warning' });
    expect(run.report.findings.map((f) => f.id)).not.toContain('wifi.link-loss');
  });
});

// Keep the recording honest: it must be the fixture text the parsers' golden tests read.
describe('weak Wi-Fi recording', () => {
  it('replays the Wi-Fi fixtures', () => {
    const rec = JSON.parse(readFileSync(RECORDING, 'utf8')) as { commands: { stdout: string }[] };
    const fixture = readFileSync(new URL('../diagnostics/platform/wifi/fixtures/linux-iw-link-weak.txt', import.meta.url), 'utf8');
    expect(rec.commands[1]!.stdout).toBe(fixture);
  });
});
