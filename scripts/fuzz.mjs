// The long fuzz run (`npm run fuzz`): the same fast-check properties as test/fuzz, which `npm test` runs with a
// fixed seed and few inputs, here over 100k inputs in total with a random seed (printed; replay with --seed).
// Usage: node scripts/fuzz.mjs [--seed N] [--inputs N] [--only substring]
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/fuzz/long-run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
