// The generated snippet files: up to date with their sources, one TS and one JS snippet per pattern module
// under the common stem, the TS snippet expanding to exactly the tested module, the JS one to valid JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as espree from 'espree';
import { expandSnippet } from './expand-snippet';
import { patternSources, readSnippets, withoutMarkers } from './snippet-files';

const STEM = 'al-';

test('the committed snippet files are exactly what the build generates from snippets/src', () => {
  const r = spawnSync(process.execPath, ['scripts/build-snippets.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every pattern module has a TypeScript and a JavaScript snippet named al-<module>', () => {
  const expected = patternSources().map((s) => `${STEM}${s.name}`).sort();
  for (const language of ['typescript', 'javascript'] as const) {
    const prefixes = readSnippets(language).map((s) => s.prefix).sort();
    assert.deepEqual(prefixes, expected, language);
  }
  assert.ok(expected.length >= 17, `only ${expected.length} patterns`);
});

test('each TypeScript snippet, defaults accepted, is the tested module itself, and offers tab stops', () => {
  const byPrefix = new Map(readSnippets('typescript').map((s) => [s.prefix, s]));
  for (const source of patternSources()) {
    const snippet = byPrefix.get(`${STEM}${source.name}`)!;
    const expansion = expandSnippet(snippet.body);
    assert.equal(expansion.text, withoutMarkers(source.text).replace(/\n$/, ''), `${snippet.prefix} drifted from ${source.path}`);
    assert.ok(expansion.tabStops.size >= 2, `${snippet.prefix} offers ${expansion.tabStops.size} tab stops`);
    assert.ok(snippet.description.length > 40, `${snippet.prefix} has no real description`);
  }
});

test('each JavaScript snippet parses as an ES module, has no type syntax left, and keeps the tab stops', () => {
  const ts = new Map(readSnippets('typescript').map((s) => [s.prefix, expandSnippet(s.body)]));
  for (const snippet of readSnippets('javascript')) {
    const { text, tabStops } = expandSnippet(snippet.body);
    assert.doesNotThrow(() => espree.parse(text, { ecmaVersion: 'latest', sourceType: 'module' }), snippet.prefix);
    assert.doesNotMatch(text, /\binterface \w+ \{|: (?:number|string|boolean|Promise<)|\bprivate readonly\b/, snippet.prefix);
    // The first tab stop (the class or function name) survives type stripping in every pattern.
    assert.equal(tabStops.get(1)?.default, ts.get(snippet.prefix)!.tabStops.get(1)?.default, snippet.prefix);
  }
});

test('the JavaScript snippets run: every module loads in Node, and the JS token bucket keeps its burst', async () => {
  // Inside the repository (git-ignored) so Node resolves packages the way it would in a user's project.
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join(resolve('.tmp'), 'js-snippets-'));
  try {
    const modules = new Map<string, string>();
    for (const snippet of readSnippets('javascript')) {
      const file = join(dir, `${snippet.prefix}.mjs`);
      writeFileSync(file, expandSnippet(snippet.body).text);
      modules.set(snippet.prefix, file);
    }
    for (const [prefix, file] of modules) await assert.doesNotReject(import(pathToFileURL(file).href), prefix);
    const { TokenBucket } = (await import(pathToFileURL(modules.get(`${STEM}token-bucket`)!).href)) as {
      TokenBucket: new (o: object) => { allow(): boolean };
    };
    const bucket = new TokenBucket({ ratePerSec: 1, burst: 3, now: () => 0 });
    assert.deepEqual([1, 2, 3, 4].map(() => bucket.allow()), [true, true, true, false]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
