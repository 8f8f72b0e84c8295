// Issue #7's extension-host goal in a REAL VS Code extension host (code-server 4.100.3; minutes of CPU, never
// part of `npm test`): the 10 MB note with 5,000 diagrams and the 2 MB TypeScript file are opened, validated,
// linted and previewed (test/huge-host/host-entry.ts), once WITHOUT archlens (the same-run baseline: what VS Code
// itself blocks) and once with archlens from the .vsix. Prints, per phase, the host's max event-loop block in
// both runs; archlens's share is the difference. The server's completion p95 is printed by huge-input.mjs.
// Usage: node --import tsx scripts/bench/huge-host.mjs [--variants baseline,archlens,no-builtins] [--profile DIR]
//   no-builtins: archlens with VS Code's markdown/TypeScript built-ins removed (what archlens alone blocks).
//   --profile DIR: CPU profiles of every archlens-run phase (adds profiler overhead to that run's numbers);
//   summarise one with: node --import tsx test/huge-host/profile-summary.ts FILE.cpuprofile
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { archlensWorstGapCpuMs, archlensWorstGapMs, gapShares } from '../../test/huge-host/profile-summary.ts';
import { measureHost } from '../../test/huge-host/run-host.ts';

const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const variants = (arg('variants') ?? 'baseline,archlens').split(',');
const profileDir = arg('profile') && resolve(arg('profile'));
const GOAL_MS = 50;
const ms = (x) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const runs = {};
for (const variant of variants) {
  console.log(`running the ${variant} host (load ${load()})…`);
  const started = Date.now();
  runs[variant] = await measureHost(variant, { profileDir: profileDir && variant !== 'baseline' ? join(profileDir, variant) : undefined });
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s (load ${load()})`);
  for (const p of runs[variant]) console.log(`  ${variant}: ${p.name}: max ${ms(p.maxMs)}, p99 ${ms(p.p99Ms)} over ${(p.ms / 1000).toFixed(1)} s — ${p.outcome}`);
}

// One row per phase name, in the order the first run saw them.
const names = [...new Set(Object.values(runs).flat().map((p) => p.name))];
const maxOf = (variant, name) => runs[variant]?.find((p) => p.name === name)?.maxMs;
console.log(`\nextension host max event-loop block per phase (goal < ${GOAL_MS} ms; load ${load()}):`);
console.log(['phase', ...variants].join(' | '));
for (const name of names) console.log([name, ...variants.map((v) => ms(maxOf(v, name)))].join(' | '));
const worst = (variant) => Math.max(...(runs[variant] ?? []).filter((p) => !p.name.startsWith('idle')).map((p) => p.maxMs));
for (const v of variants) console.log(`worst block with ${v}: ${ms(worst(v))} — ${worst(v) < GOAL_MS ? 'MET' : 'NOT MET'}`);
if (runs.archlens && runs.baseline) {
  // Noisy: VS Code's own multi-second blocks (markdown tokenizing and shipping the note) vary between runs and
  // may merge with archlens's work into one task; --profile names the frames of each block.
  console.log(`archlens run minus baseline, worst phase both ran (noisy; --profile attributes): ${ms(Math.max(...names.filter((n) => maxOf('baseline', n) !== undefined && !n.startsWith('idle')).map((n) => maxOf('archlens', n) - maxOf('baseline', n))))}`);
}
if (profileDir) {
  // The event loop's blocked gaps, each with the profile's samples inside it: archlens's own share of the worst one
  // per phase, which the max-block columns above cannot separate from VS Code's work in the same task.
  console.log(`\narchlens's code (and what it called) inside any one blocked gap, from the profiles (profiler overhead included):`);
  for (const variant of variants.filter((v) => v !== 'baseline')) {
    const dir = join(profileDir, variant);
    for (const gapsFile of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gaps.json')).sort() : []) {
      const profile = JSON.parse(readFileSync(join(dir, gapsFile.replace(/\.gaps\.json$/, '.cpuprofile')), 'utf8'));
      const shares = gapShares(profile, JSON.parse(readFileSync(join(dir, gapsFile), 'utf8')));
      const worst = archlensWorstGapMs(shares);
      // CPU: the gap's CPU (the host's main thread where Linux says) times archlens's share of its samples; a loaded
      // machine inflates the wall time.
      const cpu = archlensWorstGapCpuMs(shares);
      console.log(`  ${variant}: ${gapsFile.replace(/\.gaps\.json$/, '')}: ${ms(worst)} wall, ${ms(cpu)} CPU (${shares.length} gaps over 50 ms) — ${(cpu ?? worst) < GOAL_MS ? 'MET' : 'NOT MET'}`);
    }
  }
}
process.exit(0);
