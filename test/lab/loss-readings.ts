// Where a loss scenario's measurement is read in the report (its own file: scenarios.ts and
// unusual-scenarios.ts both use it, and must not import each other's values).

/** Where in the report the measured loss of a loss scenario is read: a probe id and a path into its data. */
export interface LossReading {
  readonly probe: string;
  readonly path: readonly string[];
}

/** Loss to the home router, as the gateway probe measured it. */
export const GATEWAY_LOSS: LossReading = { probe: 'gateway-ping', path: ['lossPct'] };

/** Loss to the internet targets, pooled over all of them. */
export const TARGET_LOSS: LossReading = { probe: 'target-ping', path: ['pooled', 'lossPct'] };
