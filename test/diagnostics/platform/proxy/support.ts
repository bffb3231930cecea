import { fixturesIn } from '../../../support/platform-fixtures.js';

export { fakeRunner, type Answer } from '../../../support/fake-runner.js';

/** This folder's fixtures, decoded as the runner would hand them over. */
export const { fixture, fixturesStartingWith } = fixturesIn(new URL('./fixtures/', import.meta.url));
