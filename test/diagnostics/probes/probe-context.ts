import type { ProbeContext } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import type { Profile } from '../../../diagnostics/schema/profile.js';
import { fakeOutput, type Answer } from '../../support/fake-runner.js';

/** The context one probe runs in for a test: its OS, its (fake) runner, no earlier results. */
export function probeContext<D extends object>(os: OsKind, run: CommandRunner, profile: Profile = {}): ProbeContext<D> {
  return {
    targets: targetsFromProfile(profile, 'profile'),
    os,
    quick: true,
    signal: new AbortController().signal,
    run,
    results: resultsView([]),
    observe: () => undefined,
  };
}

/** A runner whose every command answers the same way: the tools a probe needs are all broken alike. */
export const everyCommand = (answer: Answer): CommandRunner => (spec) => Promise.resolve(fakeOutput(spec, answer));
