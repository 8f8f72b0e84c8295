// The long fuzz run over the properties of test/fuzz/targets (which `npm test` runs with a fixed seed and few
// inputs): 100k inputs in total by default, shared by property weight. Started by scripts/fuzz.mjs.
import fc from 'fast-check';
import { targets } from './targets/index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main(): Promise<number> {
  const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
  const total = Number(arg('inputs') ?? 100_000);
  const only = arg('only') ?? '';
  if (!Number.isInteger(seed) || !Number.isInteger(total) || total <= 0) {
    console.error('usage: node scripts/fuzz.mjs [--seed N] [--inputs N] [--only substring]');
    return 2;
  }
  const all = targets.flatMap((t) => t.properties.map((p) => ({ ...p, name: `${t.name}: ${p.name}` })));
  const weights = all.reduce((sum, p) => sum + p.weight, 0);
  console.log(`archlens fuzz: seed ${seed}, ${total} inputs over ${all.length} properties`);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const started = Date.now();
  for (const [i, p] of all.entries()) {
    if (!p.name.includes(only)) continue;
    // Each property's share of the inputs and its own seed depend only on the run's seed and total, so `--only`
    // replays one property exactly.
    const numRuns = Math.max(1, Math.round((total * p.weight) / weights));
    const t0 = Date.now();
    const details = await fc.check(p.property(), { seed: (seed + i * 7919) | 0, numRuns, examples: p.examples?.(true) ?? [] });
    skipped += details.numSkips;
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      failed++;
      passed += Math.max(0, details.numRuns - 1);
      console.log(`FAIL ${p.name} (after ${details.numRuns} inputs, ${seconds}s)`);
      console.log(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      console.log(`  error: ${error.slice(0, 2000)}`);
      console.log(`  replay: node scripts/fuzz.mjs --seed ${seed} --inputs ${total} --only "${p.name}"`);
    } else {
      passed += details.numRuns;
      console.log(`ok   ${p.name}: ${details.numRuns} passed${details.numSkips ? `, ${details.numSkips} skipped by its precondition` : ''} (${seconds}s)`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? ` (${skipped} generated inputs skipped by preconditions)` : ''}; seed ${seed}, ${seconds}s`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
