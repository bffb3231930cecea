import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceReadiness } from './announce-readiness.js';
import { LabSession } from './lab-session.js';
import { MONITOR_SCENARIOS, type MonitorScenario } from './monitor-scenarios.js';
import { planEndMs, playOutages, SEGMENT_OF_PLACE } from './outage-schedule.js';
import { companyReadiness, labReadiness } from './prerequisites.js';
import { startLabMonitor, type LabMonitorResult } from './run-monitor-in-lab.js';
import { sleep } from './lab-exec.js';
import { openHistory } from '../../diagnostics/history/history-store.js';

// The real `homeline monitor` in the client namespace while outages of known lengths are switched
// on and off on a timer. Each drop-out must be found once, blamed on the right segment, with its
// start and length within TOLERANCE_MS of when the nft switches really happened. A healthy run
// must find nothing at all.

/**
 * The monitor probes once a second, so a drop-out's length is known to within one interval (the
 * issue's ±1 s), plus half the time the nft commands took (when in them the rule switched is unknown).
 */
const TOLERANCE_MS = 1000;
/**
 * Its start is the first echo lost: up to one interval after the switch, never before it. The
 * switch time itself is the midpoint of an nft command (tens of ms) on a loaded machine, hence the
 * slack on both sides.
 */
const START_SLACK_MS = 300;
/** Probing runs this long before the first outage (every target answered at least once). */
const SETTLE_MS = 4000;
/** And this long after the last one (the answer that ends the drop-out is in). */
const TAIL_MS = 4000;
/** The healthy run: a compressed healthy hour. */
const HEALTHY_S = 45;

const readiness = await labReadiness();
const company = await companyReadiness();
announceReadiness('monitor lab', readiness);

const digest = (r: LabMonitorResult): string => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}\nevents: ${JSON.stringify(r.json.events)}`;

async function playScenario(session: LabSession, home: string, sc: MonitorScenario): Promise<void> {
  const durationS = Math.ceil((SETTLE_MS + planEndMs(sc.plan) + TAIL_MS) / 1000);
  const run = startLabMonitor(session.lab, { durationS, home });
  await run.started;
  await sleep(SETTLE_MS);
  const applied = await playOutages(session.lab, sc.plan);
  const result = await run.done;
  const context = `${sc.name}: applied ${JSON.stringify(applied)}\n${digest(result)}`;
  const dropouts = result.json.events.filter((e) => e.kind === 'dropout');
  expect(dropouts.length, context).toBe(applied.length);
  expect(result.exitCode, context).toBe(1);
  for (const [i, o] of applied.entries()) {
    const e = dropouts[i]!;
    const start = Date.parse(e.start);
    const end = Date.parse(e.end!);
    expect(e.segment, `${context}\noutage ${i}`).toBe(SEGMENT_OF_PLACE[o.place]);
    expect(start - o.onAt, `${context}\noutage ${i}: start`).toBeGreaterThanOrEqual(-START_SLACK_MS);
    expect(start - o.onAt, `${context}\noutage ${i}: start`).toBeLessThanOrEqual(1000 + START_SLACK_MS);
    expect(Math.abs(end - start - (o.offAt - o.onAt)), `${context}\noutage ${i}: length`).toBeLessThanOrEqual(TOLERANCE_MS + o.switchMs / 2);
    // The figures, for the record of what this machine's load did to the timing.
    console.info(`${sc.name} #${i}: switched ${o.offAt - o.onAt} ms (nft ${o.switchMs} ms), seen ${end - start} ms, start +${start - o.onAt} ms`);
    if (o.place === 'isp-access') expect(e.providerHopSilent, `${context}\noutage ${i}`).toBe(true);
    if (o.place === 'isp-core') expect(e.providerHopSilent, `${context}\noutage ${i}`).toBe(false);
  }
  // Each drop-out went into the history of the monitor's data folder as it ended.
  const store = openHistory({ dir: home });
  const stored = store.eventsSince(new Date(applied[0]!.onAt - 5000));
  store.close();
  expect(stored.map((e) => [e.kind, e.segment]), context).toEqual(result.json.events.map((e) => [e.kind, e.segment]));
  // The first event of the run has the quick check taken when it began (one per 5 min, so only it).
  const snap = stored[0]!.snapshot;
  expect(snap, context).toBeDefined();
  expect(Math.abs(Date.parse(snap!.startedAt) - stored[0]!.start), context).toBeLessThan(5000);
  expect(stored.slice(1).filter((e) => e.snapshot !== undefined), context).toEqual([]);
  // The drop-outs' lost echoes are not loss of a bad spell as well.
  expect(result.json.events.filter((e) => e.kind === 'bad-spell'), context).toEqual([]);
}

describe.skipIf(!readiness.ok)('monitor lab: home and provider', () => {
  let session: LabSession;
  const home = mkdtempSync(join(tmpdir(), 'homeline-lab-monitor-'));
  beforeAll(async () => {
    session = await LabSession.open();
  });
  afterAll(async () => {
    await session?.close();
  });

  it(`a healthy line for ${HEALTHY_S} s: no drop-outs, no bad spells`, async () => {
    const result = await startLabMonitor(session.lab, { durationS: HEALTHY_S, home }).done;
    expect(result.json.events, digest(result)).toEqual([]);
    expect(result.exitCode, digest(result)).toBe(0);
    // Every lab target answers echoes, and the provider's first router was found.
    expect(result.json.targets.map((t) => t.id), digest(result)).toEqual(['router', 'provider-hop', 'internet-1', 'internet-2']);
    expect(result.json.targets.every((t) => t.method === 'icmp')).toBe(true);
  });

  for (const sc of MONITOR_SCENARIOS.filter((x) => !x.company)) {
    it(`${sc.name}: ${sc.story}`, async () => {
      await playScenario(session, home, sc);
      expect(await session.restoreHealthy()).toBe('undo');
    });
  }
});

describe.skipIf(!company.ok)('monitor lab: company VPN', () => {
  let session: LabSession;
  const home = mkdtempSync(join(tmpdir(), 'homeline-lab-monitor-vpn-'));
  beforeAll(async () => {
    session = await LabSession.open({ company: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const sc of MONITOR_SCENARIOS.filter((x) => x.company)) {
    it(`${sc.name}: ${sc.story}`, async () => {
      await playScenario(session, home, sc);
    });
  }
});
