// The editor's suggestions (computed on request, each fix its own edit) against ESLint's own suggestions (merged
// into one edit) over every file of the lint corpus: same findings, same titles, and applying either gives exactly
// the same text. Then the property that matters on big files: the edits hold only what they change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { archlensRuleIds, archlensSuggestions, runArchlensRules, type LintEngine } from '../../src/core/lint/run-archlens-rules';
import { findingKey, type OffsetEdit } from '../../src/core/lint/deferred-suggestions';

const engine: LintEngine = { Linter, parser: parser as never };
const CORPUS = join(import.meta.dirname, 'corpus');

/** `text` with the edits applied (they never overlap; applied from the end so offsets stay valid). */
function apply(text: string, edits: readonly OffsetEdit[]): string {
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((t, e) => t.slice(0, e.range[0]) + e.text + t.slice(e.range[1]), text);
}

function corpusFiles(): { path: string; text: string }[] {
  return readdirSync(CORPUS).flatMap((rule) =>
    readdirSync(join(CORPUS, rule))
      .filter((f) => /\.[jt]s$/.test(f))
      .map((f) => ({ path: join(CORPUS, rule, f), text: readFileSync(join(CORPUS, rule, f), 'utf8') })),
  );
}

test('on every corpus file, the deferred suggestions apply to exactly the text ESLint\'s merged suggestions give', () => {
  let compared = 0;
  let multiEdit = 0;
  for (const { path, text } of corpusFiles()) {
    const eslint = runArchlensRules(engine, text, path, archlensRuleIds());
    const ours = archlensSuggestions(engine, text, path, archlensRuleIds());
    for (const m of eslint) {
      const id = m.ruleId!.replace(/^archlens\//, '');
      const same = ours.find((f) => f.ruleId === id && f.message === m.message && f.loc.start.line === m.line && f.loc.start.column === m.column - 1);
      assert.ok(same, `${path}:${m.line}: ${id} "${m.message}" has no deferred twin`);
      assert.equal(same.loc.end.line, m.endLine);
      assert.equal(same.loc.end.column, m.endColumn! - 1);
      assert.deepEqual(same.suggestions.map((s) => s.title), (m.suggestions ?? []).map((s) => s.desc), `${path}:${m.line} titles`);
      (m.suggestions ?? []).forEach((s, i) => {
        const merged = text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
        assert.equal(apply(text, same.suggestions[i]!.edits), merged, `${path}:${m.line} suggestion ${i}`);
        if (same.suggestions[i]!.edits.length > 1) multiEdit++;
        compared++;
      });
    }
  }
  assert.ok(compared >= 100, `compared ${compared} suggestions`);
  assert.ok(multiEdit >= 10, `only ${multiEdit} suggestions had several edits`);
});

test('without suggestions, lint reports the same findings and runs no fixer', () => {
  for (const { path, text } of corpusFiles()) {
    const full = runArchlensRules(engine, text, path, archlensRuleIds());
    const bare = runArchlensRules(engine, text, path, archlensRuleIds(), { suggestions: false });
    assert.deepEqual(
      bare.map((m) => [m.ruleId, m.line, m.column, m.message]),
      full.map((m) => [m.ruleId, m.line, m.column, m.message]),
      path,
    );
    assert.ok(bare.every((m) => !m.suggestions?.length), path);
  }
});

test('a compare-and-delete fix far below the imports is two small edits, not one spanning the file', () => {
  const filler = Array.from({ length: 2_000 }, (_, i) => `export const c${i} = ${i};`).join('\n');
  const text = `import Redis from 'ioredis';\nconst redis = new Redis();\n${filler}\nexport async function work(id: string, token: string) {\n  await redis.set(\`lock:\${id}\`, token, 'PX', 30000, 'NX');\n  await redis.del(\`lock:\${id}\`);\n}\n`;
  const [finding] = archlensSuggestions(engine, text, 'work.ts', ['no-unsafe-lock-release']).filter((f) => f.suggestions.length > 0);
  assert.ok(finding, 'the unsafe DEL is found with a suggestion');
  const edits = finding.suggestions[0]!.edits;
  assert.equal(edits.length, 2);
  const carried = edits.reduce((n, e) => n + e.text.length, 0);
  assert.ok(carried < 400, `the edits carry ${carried} characters`);
  assert.match(apply(text, edits), /const RELEASE_LOCK_SCRIPT =[\s\S]*redis\.eval\(RELEASE_LOCK_SCRIPT, 1, `lock:\$\{id\}`, token\)/);
  // ESLint's merged form of the same fix carries the whole file between the import and the DEL.
  const merged = runArchlensRules(engine, text, 'work.ts', ['no-unsafe-lock-release']).find((m) => m.suggestions?.length)!;
  assert.ok(merged.suggestions![0]!.fix.text.length > filler.length);
});

test('asked for some findings by key, only those are computed', () => {
  const text = readFileSync(join(CORPUS, 'no-unsafe-lock-release', readdirSync(join(CORPUS, 'no-unsafe-lock-release')).find((f) => f.endsWith('.ts'))!), 'utf8');
  const all = archlensSuggestions(engine, text, 'a.ts', archlensRuleIds());
  const last = all.at(-1);
  assert.ok(last && all.length >= 1, 'the corpus file has findings');
  const only = archlensSuggestions(engine, text, 'a.ts', archlensRuleIds(), new Set([findingKey(last.ruleId, last.loc, last.message)]));
  assert.deepEqual(only, [last]);
  assert.deepEqual(archlensSuggestions(engine, text, 'a.ts', archlensRuleIds(), new Set(['nothing|1:0|1:1|x'])), []);
});
