// Registers a fuzz target's properties as node:test tests with the fixed seed (the `npm test` slice).
import { test } from 'node:test';
import fc from 'fast-check';
import { FIXED_SEED, type FuzzTarget } from './fuzz-target';

/** One test per property: the fixed seed, the property's own run count, its hostile examples first. */
export function fixedSeedTests(target: FuzzTarget): void {
  for (const p of target.properties) {
    test(`${target.name}: ${p.name}`, async () => {
      await fc.assert(p.property() as fc.IAsyncPropertyWithHooks<unknown[]>, {
        seed: FIXED_SEED,
        numRuns: p.runs,
        examples: p.examples?.(false) ?? [],
      });
    });
  }
}
