import { afterAll, beforeAll, describe } from 'vitest';
import { announceReadiness } from './announce-readiness.js';
import { LabSession } from './lab-session.js';
import type { LabReadiness } from './prerequisites.js';
import { assertBuilt } from './run-check.js';
import type { CreateLabOptions } from './topology.js';

/**
 * One lab suite: its missing prerequisites announced (a failing test under CI, see
 * announce-readiness.ts), and when they are met, one describe block whose tests share one lab
 * session, opened (the CLI built) before them and closed after them. The body reaches the session
 * through a getter, because it exists only once `beforeAll` has run.
 */
export function describeLab(
  title: string,
  readiness: LabReadiness,
  body: (session: () => LabSession) => void,
  open: CreateLabOptions = {},
): void {
  announceReadiness(title, readiness);
  describe.skipIf(!readiness.ok)(title, () => {
    let session: LabSession | undefined;
    beforeAll(async () => {
      assertBuilt();
      session = await LabSession.open(open);
    });
    afterAll(async () => {
      await session?.close();
    });
    body(() => {
      if (session === undefined) throw new Error('the lab was not built');
      return session;
    });
  });
}
