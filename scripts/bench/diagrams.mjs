// Diagrams benchmark (npm run bench diagrams):
//  1. `archlens check` (the built dist/cli.js) over a large set of generated notes, next to a bare mermaid.parse of
//     the same diagrams in its own process (scripts/bench/diagrams/bare-parse.mjs). Goal: CLI ≤ 1.2× bare.
//  2. Re-checking a 500-diagram note after a one-line edit, with the verdict cache warm, the way the language
//     server does on each edit: find the diagrams again (incrementally, from the previous version), parse the
//     sequence diagrams, validate. Goal: ≤ 20 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDiagrams, checkDocument } from '../../src/core/check/check-document.ts';
import { parseDocument } from '../../src/core/features/parsed-document.ts';
import { DiagramFinder } from '../../src/core/markdown/diagram-finder.ts';
import { findDiagrams } from '../../src/core/markdown/find-diagrams.ts';

const NOTES = 150;
const DIAGRAMS_PER_NOTE = 8;

/** Diagrams to build notes from: the mermaid docs corpus beside the clone if present, else our examples. */
function sourceDiagrams() {
  const corpus = resolve('..', 'shared', 'mermaid-corpus');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) files.push(p);
    }
  };
  walk(existsSync(corpus) ? corpus : 'examples');
  const texts = new Set(files.flatMap((f) => findDiagrams(readFileSync(f, 'utf8')).map((d) => d.text)));
  return [...texts].filter((t) => !/^\s*(```|~~~)/m.test(t));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- 1. CLI vs bare mermaid.parse -------------------------------------------------------------------------
const sources = sourceDiagrams();
// --recheck-only skips this part (minutes long) when working on the re-check.
if (!process.argv.includes('--recheck-only')) {
  if (!existsSync('dist/cli.js')) {
    console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'archlens-bench-'));
  const allTexts = [];
  mkdirSync(join(dir, 'notes'));
  for (let n = 0; n < NOTES; n++) {
    const parts = [`# 笔记 ${n} (note ${n})`, ''];
    for (let d = 0; d < DIAGRAMS_PER_NOTE; d++) {
      // A trailing comment line makes every diagram's text unique, so no cache can skip work the baseline does.
      const text = `${sources[(n * DIAGRAMS_PER_NOTE + d) % sources.length]}\n%% note ${n} diagram ${d}`;
      allTexts.push(text);
      parts.push(`## 图 ${d}`, '', '```mermaid', text, '```', '');
    }
    writeFileSync(join(dir, 'notes', `note-${n}.md`), parts.join('\n'));
  }
  writeFileSync(join(dir, 'texts.json'), JSON.stringify(allTexts));

  const runs = 3;
  const cliTimes = [];
  const bareTimes = [];
  let bareDetail;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const cli = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', join(dir, 'notes')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    cliTimes.push(performance.now() - t);
    if (cli.status === 2 || cli.stdout === '') throw new Error(`CLI failed: ${cli.stderr}`);
    t = performance.now();
    const bare = spawnSync(process.execPath, ['scripts/bench/diagrams/bare-parse.mjs', join(dir, 'texts.json')], { encoding: 'utf8' });
    bareTimes.push(performance.now() - t);
    if (bare.status !== 0) throw new Error(`baseline failed: ${bare.stderr}`);
    bareDetail = JSON.parse(bare.stdout);
  }
  rmSync(dir, { recursive: true, force: true });
  const cliMs = median(cliTimes);
  const bareMs = median(bareTimes);
  console.log(`notes: ${NOTES} files, ${allTexts.length} diagrams (${sources.length} distinct sources)`);
  console.log(`bare mermaid.parse process: ${bareMs.toFixed(0)} ms (load ${bareDetail.loadMs.toFixed(0)} ms + parse ${bareDetail.parseMs.toFixed(0)} ms, ${bareDetail.errors} invalid)`);
  console.log(`archlens check process:     ${cliMs.toFixed(0)} ms`);
  console.log(`ratio CLI / bare: ${(cliMs / bareMs).toFixed(2)}× (goal ≤ 1.2×)`);
}

// --- 2. Re-check after a one-line edit in a 500-diagram note ---------------------------------------------------
const seqSources = sources.filter((t) => t.startsWith('sequenceDiagram'));
const pool = seqSources.length > 0 ? seqSources : sources;
const big = ['# 500 diagrams', ''];
for (let i = 0; i < 500; i++) big.push(`## ${i}`, '', '```', `%% diagram ${i}`, pool[i % pool.length], '```', '');
const note = big.join('\n');
// What the server does per document version: its DocumentCache keeps a DiagramFinder per open document.
const finder = new DiagramFinder();
const recheckNote = (text) => checkDiagrams(parseDocument(text, {}, finder).diagrams.map((d) => d.diagram));
let t = performance.now();
await recheckNote(note);
const coldMs = performance.now() - t;
await recheckNote(note); // warm
const lines = note.split('\n');
const editable = lines.map((l, i) => [l, i]).filter(([l]) => l.startsWith('%% diagram '));
const recheck = [];
const recheckCpu = [];
const bareParse = [];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const { loadMermaid } = await import('../../src/core/mermaid/load-mermaid.ts');
const mermaid = await loadMermaid();
// Each edit changes one line of the version before it, as typing does (edits pile up, none is undone).
const edited = [...lines];
for (let k = 0; k < 15; k++) {
  const [line, index] = editable[(k * 37) % editable.length];
  edited[index] = `${line} edited ${k}`; // one changed line: that diagram's text is new, the 499 others are cached
  t = performance.now();
  const c = cpuMs();
  await recheckNote(edited.join('\n'));
  recheckCpu.push(cpuMs() - c);
  recheck.push(performance.now() - t);
  // The same edited diagram through bare mermaid.parse: the part of the re-check that is mermaid's own work.
  const changed = findDiagrams(edited.join('\n')).find((d) => d.text.includes(`edited ${k}`));
  t = performance.now();
  await mermaid.parse(changed.text + '\n%% bare');
  bareParse.push(performance.now() - t);
}
const recheckMs = median(recheck);
const parseMs = median(bareParse);
console.log(`500-diagram note (${lines.length} lines): cold check ${coldMs.toFixed(0)} ms`);
console.log(`re-check after a one-line edit: ${recheckMs.toFixed(1)} ms wall, ${median(recheckCpu).toFixed(1)} ms CPU (median of ${recheck.length}; goal ≤ 20 ms)`);
console.log(`  of which bare mermaid.parse of the one changed diagram: ${parseMs.toFixed(1)} ms; archlens' own share: ${(recheckMs - parseMs).toFixed(1)} ms`);
console.log(`ratio re-check / cold: ${(recheckMs / coldMs).toFixed(3)}×; re-check / bare parse of the changed diagram: ${(recheckMs / parseMs).toFixed(2)}×`);
