import { describe, expect, it } from 'vitest';
import type { LabReadiness } from './prerequisites.js';

/**
 * What every lab suite does when its prerequisites are missing: a loud warning naming the cause,
 * and under CI=true a failing test, because a lab that silently skips in CI proves nothing. The
 * failing test is registered only then, so a normal run shows no extra skipped test.
 */
export function announceReadiness(name: string, readiness: LabReadiness): void {
  if (readiness.ok) return;
  const reason = readiness.reason;
  const underCi = process.env.CI === 'true';
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! THE ${name.toUpperCase()} DID NOT RUN: ${reason}\n` +
      `!! ${underCi ? 'CI=true, so this is a failure.' : 'Its scenarios are skipped; fix the cause above to run them.'}\n${line}\n`,
  );
  if (underCi) {
    describe(`${name} prerequisites`, () => {
      it('are met under CI', () => {
        expect.fail(`the ${name} cannot run under CI: ${reason}`);
      });
    });
  }
}
