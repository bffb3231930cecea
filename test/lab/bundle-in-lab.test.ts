import { mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../diagnostics/bundle/read-bundle.js';
import { inNs, ipIn } from './lab-exec.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { cliPath, labProfilePath } from './repo-root.js';
import { assertBuilt } from './run-check.js';

// The real, built `homeline check --bundle` in the lab's client namespace: the bundle must read
// back with the run's verdict, and the client's real interface MACs (random veth addresses) and
// this machine's host name must appear nowhere in it, raw `ip` output included.
const readiness = await labReadiness();
// lab.test.ts already shouts when the lab cannot run, and fails under CI=true.
describe.skipIf(!readiness.ok)('lab: check --bundle', () => {
  let session: LabSession;
  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes a bundle that reads back with the same verdict and holds none of the client’s MACs', async () => {
    const lab = session.lab;
    const file = join(mkdtempSync(join(tmpdir(), 'homeline-lab-bundle-')), 'lab.homeline');
    const run = await inNs(
      lab.ns.client,
      'env',
      [`NODE_EXTRA_CA_CERTS=${lab.ca.certPath}`, 'HOMELINE_NO_BUILTIN_TARGETS=1', process.execPath, cliPath(), 'check', '--quick', '--profile', labProfilePath(), '--json', '-', '--bundle', file],
      { allowFail: true, timeoutMs: 60_000 },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Diagnostic bundle written: ${file}`);
    const printed = JSON.parse(run.stdout) as { startedAt: string; verdict: { segment: string } };
    const bundle = await readBundle(new Uint8Array(readFileSync(file)));
    expect(bundle.report.verdict.segment).toBe(printed.verdict.segment);
    expect(bundle.raw.length).toBeGreaterThan(0);
    // The history excerpt ends with this very check (recorded before the bundle was written).
    expect(bundle.history.at(-1)).toMatchObject({ at: printed.startedAt, segment: printed.verdict.segment });

    const links = JSON.parse((await ipIn(lab.ns.client, ['-j', 'link', 'show'])).stdout) as { address?: string }[];
    const macs = links.map((l) => l.address ?? '').filter((a) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a) && a !== '00:00:00:00:00:00');
    expect(macs.length).toBeGreaterThan(0);
    const everything = [...bundle.files.values()].join('\n').toLowerCase();
    // The unredacted report (stdout) shows them, so their absence from the bundle means something.
    expect(macs.some((m) => run.stdout.toLowerCase().includes(m))).toBe(true);
    for (const mac of macs) expect(everything, mac).not.toContain(mac);
    if (hostname().length > 2 && hostname() !== 'localhost') expect(everything).not.toContain(hostname().toLowerCase());
  });
});
