import { applyFaults } from './faults.js';
import { checkHealthy, resetLab } from './health.js';
import type { Lab } from './lab-types.js';
import { runCheck, type CheckRun, type RunCheckOptions } from './run-check.js';
import type { Scenario } from './scenarios.js';
import { cleanupStale, createLab, destroyLab, type CreateLabOptions } from './topology.js';

// One lab reused across scenarios, because building it costs far less than a check but is not
// free. Reuse is only allowed after the health check passes: each scenario's undo runs, then the
// lab is checked; if anything is off it is forcibly reset, and if that fails it is rebuilt.

/** How the lab got back to healthy after a scenario. */
export type Recovery = 'undo' | 'reset' | 'rebuilt';

async function healthyLab(opts: CreateLabOptions): Promise<Lab> {
  const lab = await createLab(opts);
  const problems = await checkHealthy(lab);
  if (problems.length > 0) {
    await destroyLab(lab);
    throw new Error(`a new lab is not healthy: ${problems.join('; ')}`);
  }
  return lab;
}

/** A lab that runs scenarios one after another. */
export class LabSession {
  private constructor(
    private current: Lab,
    private readonly opts: CreateLabOptions,
  ) {}

  /** Removes crashed runs' leftovers, builds a lab (`{ company: true }`: with the company network) and checks it is healthy. */
  static async open(opts: CreateLabOptions = {}): Promise<LabSession> {
    await cleanupStale();
    return new LabSession(await healthyLab(opts), opts);
  }

  /** The lab as it is now (a rebuild replaces it). */
  get lab(): Lab {
    return this.current;
  }

  /** Brings the lab back to healthy, escalating from a check to a reset to a rebuild. */
  async restoreHealthy(): Promise<Recovery> {
    if ((await checkHealthy(this.current)).length === 0) return 'undo';
    if ((await resetLab(this.current)).length === 0) return 'reset';
    await destroyLab(this.current);
    this.current = await healthyLab(this.opts);
    return 'rebuilt';
  }

  /**
   * Applies a scenario's faults, runs `homeline check`, then `during` (the benchmark's reference
   * measurement, on the same faulted lab), undoes the faults and restores health.
   */
  async run<T = undefined>(scenario: Scenario, opts: RunCheckOptions = {}, during?: (lab: Lab) => Promise<T>): Promise<{ run: CheckRun; recovery: Recovery; during?: T }> {
    const undo = await applyFaults(this.current, scenario.faults);
    let run: CheckRun;
    let extra: T | undefined;
    try {
      run = await runCheck(this.current, opts);
      if (during) extra = await during(this.current);
    } catch (e) {
      // Leave the lab healthy for the next scenario even when this one could not run.
      await undo().catch(() => undefined);
      await this.restoreHealthy().catch(() => undefined);
      throw e;
    }
    // A failed undo is repaired by restoreHealthy, which re-checks everything anyway.
    await undo().catch(() => undefined);
    return { run, recovery: await this.restoreHealthy(), ...(during ? { during: extra } : {}) };
  }

  /** Tears the lab down. */
  async close(): Promise<void> {
    await destroyLab(this.current);
  }
}
