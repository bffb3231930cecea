import type { Scenario } from './scenarios.js';
import type { LineShape } from './shaping.js';

// Scenarios of a shaped access line, checked with the throughput profile (profiles/lab-throughput.json:
// minimums 10 Mbit/s down, 2 Mbit/s up). Besides the verdict, each says what the measurement must show.

/** The throughput profile's minimums, for texts and benchmark tables. */
export const LAB_MINIMUMS = { downMbps: 10, upMbps: 2 } as const;

/** How far a measured rate may be from the shaped one, as a fraction. */
export const RATE_TOLERANCE = 0.1;

/** A shaped-line scenario: the shape, and the loaded-latency grades it must (not) reach. */
export interface ThroughputScenario extends Scenario {
  readonly shape: LineShape;
  /** Grades the line's latency under load may get. */
  readonly grades: readonly string[];
}

const shaped = (shape: LineShape): Scenario['faults'] => [{ kind: 'shape', ...shape }];

/** Every shaped-line scenario. */
export const THROUGHPUT_SCENARIOS: readonly ThroughputScenario[] = [
  {
    name: 'line-fast',
    story: 'a 50/20 Mbit/s line with a short queue: fast enough and responsive',
    shape: { downMbit: 50, upMbit: 20, queueMs: 10 },
    faults: shaped({ downMbit: 50, upMbit: 20, queueMs: 10 }),
    segment: 'none',
    findingId: null,
    exitCode: 0,
    grades: ['A+', 'A'],
  },
  {
    name: 'line-slow',
    story: 'a 5/1 Mbit/s line, below the company minimum of 10/2 Mbit/s',
    shape: { downMbit: 5, upMbit: 1, queueMs: 20 },
    faults: shaped({ downMbit: 5, upMbit: 1, queueMs: 20 }),
    segment: 'isp',
    findingId: 'isp.slow-download',
    exitCode: 1,
    // tbf's bucket (16 KiB) alone is 130 ms of queue at 1 Mbit/s: a slow line is rarely responsive.
    grades: ['A+', 'A', 'B', 'C', 'D', 'F'],
  },
  {
    name: 'line-bufferbloat',
    story: 'a 20/5 Mbit/s line whose modem queues up to 400 ms: fast, but calls stutter under load',
    shape: { downMbit: 20, upMbit: 5, queueMs: 400 },
    faults: shaped({ downMbit: 20, upMbit: 5, queueMs: 400 }),
    segment: 'isp',
    findingId: 'isp.bufferbloat',
    exitCode: 1,
    grades: ['C', 'D', 'F'],
  },
];
