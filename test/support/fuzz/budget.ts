import fc from 'fast-check';

// How much fuzzing a property gets. `npm test` runs a fixed number of cases per property, so CI is
// bounded and repeatable. `npm run fuzz` sets HOMELINE_FUZZ_SECONDS: each property then runs up to
// HOMELINE_FUZZ_RUNS cases (default a million) and stops after that many seconds, a time-bounded
// loop with fresh random seeds. No test asserts a duration: a parser that hangs on an input never
// finishes its case, and the test's own timeout fails it.

const seconds = Number(process.env.HOMELINE_FUZZ_SECONDS ?? '0');

/** True under `npm run fuzz`. */
export const FUZZ_MODE = Number.isFinite(seconds) && seconds > 0;

const fuzzRuns = Number(process.env.HOMELINE_FUZZ_RUNS ?? '1000000');

/** fast-check parameters for a property that runs `ciRuns` cases in CI. */
export function fuzzParameters(ciRuns: number): fc.Parameters<unknown> {
  if (!FUZZ_MODE) return { numRuns: ciRuns };
  return { numRuns: Math.max(ciRuns, fuzzRuns), interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false };
}

/** Cases run so far in this file, printed at the end of a fuzz session as the figure of the run. */
let casesRun = 0;

/** Checks a property within the budget and throws fast-check's own report (seed, counterexample) on failure. */
export function fuzzAssert<Ts>(property: fc.IProperty<Ts>, ciRuns: number): void {
  const out = fc.check(property, fuzzParameters(ciRuns) as fc.Parameters<Ts>);
  casesRun += out.numRuns;
  if (out.failed) throw new Error(fc.defaultReportMessage(out) ?? 'property failed');
}

/** How many cases this file's properties ran. */
export function fuzzCasesRun(): number {
  return casesRun;
}

/** fuzzAssert for properties that await (file reads, streams). */
export async function fuzzAssertAsync<Ts>(property: fc.IAsyncProperty<Ts>, ciRuns: number): Promise<void> {
  const out = await fc.check(property, fuzzParameters(ciRuns) as fc.Parameters<Ts>);
  casesRun += out.numRuns;
  if (out.failed) throw new Error(fc.defaultReportMessage(out) ?? 'property failed');
}
