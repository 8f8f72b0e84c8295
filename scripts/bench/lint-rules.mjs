// Cost of each archlens lint rule next to ESLint's core `no-unused-vars`, in the same Linter pass over a few hundred
// thousand lines of real open-source TypeScript (Temporal's SDK, grpc-js, Apollo Server, tRPC, RxJS, Effect).
// The code is downloaded from the npm registry at bench time (`npm pack`, pinned versions) into a temp folder and
// never committed. Each of our rules must cost less than no-unused-vars. Usage: npm run bench lint
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const archlens = require('../../dist/eslint-plugin.js');

// Packages that ship their TypeScript sources in `src/`; service infrastructure first, Effect fills up to the cap.
const PACKAGES = [
  '@temporalio/client@1.24.0', '@temporalio/worker@1.24.0', '@temporalio/common@1.24.0', '@temporalio/workflow@1.24.0',
  '@temporalio/testing@1.24.0', '@grpc/grpc-js@1.14.7', '@apollo/server@5.5.1', '@trpc/server@11.25.2', 'rxjs@7.8.2',
  'effect@4.1.0',
];
const MAX_LINES = 350_000;
const BASELINE = 'no-unused-vars';
const CACHE = join(tmpdir(), 'archlens-bench-lint-code');

/** Downloads and unpacks each package once (kept in the temp folder between runs); false when offline. */
function download() {
  mkdirSync(CACHE, { recursive: true });
  for (const spec of PACKAGES) {
    const dir = join(CACHE, spec.replace(/[/@]/g, '_'));
    if (existsSync(join(dir, 'package', 'package.json'))) continue;
    mkdirSync(dir, { recursive: true });
    try {
      const out = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
      execFileSync('tar', ['-xzf', join(dir, out.trim().split('\n').pop()), '-C', dir]);
    } catch {
      return false;
    }
  }
  return true;
}

function tsSources(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : tsSources(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

if (!download()) {
  console.log('lint-rules: skipped — could not download the benchmark code with `npm pack` (offline?)');
  process.exit(0);
}

const files = [];
let lines = 0;
for (const spec of PACKAGES) {
  const src = join(CACHE, spec.replace(/[/@]/g, '_'), 'package', 'src');
  for (const file of existsSync(src) ? tsSources(src) : []) {
    if (lines >= MAX_LINES) break;
    const text = readFileSync(file, 'utf8');
    lines += text.split('\n').length;
    files.push({ name: relative(CACHE, file), text });
  }
}

const ours = Object.keys(archlens.rules).map((id) => `archlens/${id}`);
const config = [
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser },
    plugins: { archlens },
    rules: { [BASELINE]: 'error', ...Object.fromEntries(ours.map((id) => [id, 'error'])) },
  },
];
const linter = new Linter({ configType: 'flat', cwd: CACHE });
const totals = Object.fromEntries([BASELINE, ...ours].map((id) => [id, 0]));
let parse = 0;
let findings = 0;
let crashes = 0;
for (const { name, text } of files) {
  try {
    // ESLint collects `stats` per fix pass, which only verifyAndFix sets up; fix: false keeps it a single pass.
    const { messages } = linter.verifyAndFix(text, config, { filename: name, stats: true, fix: false });
    findings += messages.filter((m) => m.ruleId?.startsWith('archlens/')).length;
  } catch (error) {
    if (crashes++ < 3) console.log(`  crash in ${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    continue;
  }
  for (const pass of linter.getTimes().passes) {
    parse += pass.parse?.total ?? 0;
    for (const id of Object.keys(totals)) totals[id] += pass.rules?.[id]?.total ?? 0;
  }
}

console.log(`${files.length} files, ${lines.toLocaleString('en')} lines from ${PACKAGES.length} npm packages; parse ${parse.toFixed(0)} ms`);
console.log(`${BASELINE.padEnd(42)} ${totals[BASELINE].toFixed(1).padStart(9)} ms   1.00 (baseline)`);
let slower = 0;
for (const id of ours) {
  const ratio = totals[id] / totals[BASELINE];
  if (ratio >= 1) slower++;
  console.log(`${id.padEnd(42)} ${totals[id].toFixed(1).padStart(9)} ms   ${ratio.toFixed(2)}${ratio >= 1 ? '  ← slower than the baseline' : ''}`);
}
console.log(`${findings} archlens findings, ${crashes} crashes`);
process.exit(slower || crashes ? 1 : 0);
