// What a fuzz target is: named fast-check properties over one part of the core. `npm test` runs each with a fixed
// seed and few runs (test/fuzz/*.test.ts); `npm run fuzz` (scripts/fuzz.mjs) runs the same properties long.
import type fc from 'fast-check';

/** One property; `weight` is its share of the long run's inputs (expensive properties get fewer), `runs` its fixed-seed runs. */
export interface FuzzProperty {
  readonly name: string;
  readonly property: () => fc.IRawProperty<unknown[]>;
  /**
   * Inputs every run starts with (hostile shapes too big or too rare to leave to the generator); `long` is true
   * in the long run, which can afford the slowest ones.
   */
  readonly examples?: (long: boolean) => unknown[][];
  readonly runs: number;
  readonly weight: number;
}

export interface FuzzTarget {
  readonly name: string;
  readonly properties: readonly FuzzProperty[];
}

/** The seed of the `npm test` slice: fixed, so a failure there is the same failure on every machine. */
export const FIXED_SEED = 20261121;
