// no-unsafe-lock-release over a labeled corpus of service files, through ESLint's real Linter and the plugin registry.
// Each corpus file declares what it should produce on its first line: `// expect: unsafeRelease@12, …` or `// expect: none`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { plugin } from '../../src/core/lint/plugin';

const RULE = 'no-unsafe-lock-release';
const DIR = join(import.meta.dirname, 'corpus', RULE);
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.93;

/** `file:messageId@line` for every expected finding a header declares. */
function expectedFindings(file: string, source: string): string[] {
  const header = /^\/\/ expect: (.*)$/m.exec(source.split('\n', 1)[0] ?? '');
  assert.ok(header, `${file}: first line must be "// expect: none" or "// expect: messageId@line, …"`);
  const list = header[1]!.trim();
  return list === 'none' ? [] : list.split(/,\s*/).map((item) => `${file}:${item}`);
}

test(`${RULE}: precision and recall on the labeled corpus, no crash`, () => {
  const files = readdirSync(DIR).filter((f) => /\.(ts|js)$/.test(f)).sort();
  assert.ok(files.length >= 60, `corpus has ${files.length} files, want at least 60`);
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 'latest' },
      plugins: { archlens: plugin as never },
      rules: { [`archlens/${RULE}`]: 'error' },
    },
  ];
  const expected = new Set<string>();
  const actual = new Set<string>();
  const crashes: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(DIR, file), 'utf8');
    for (const e of expectedFindings(file, source)) expected.add(e);
    for (const m of linter.verify(source, config, join(DIR, file))) {
      if (m.fatal || m.ruleId !== `archlens/${RULE}`) crashes.push(`${file}:${m.line}: ${m.message}`);
      else actual.add(`${file}:${m.messageId}@${m.line}`);
    }
  }
  const truePositives = [...actual].filter((a) => expected.has(a)).length;
  const falsePositives = [...actual].filter((a) => !expected.has(a));
  const missed = [...expected].filter((e) => !actual.has(e));
  const precision = actual.size === 0 ? 1 : truePositives / actual.size;
  const recall = expected.size === 0 ? 1 : truePositives / expected.size;
  console.log(
    `${RULE} corpus: ${files.length} files, ${expected.size} expected findings, ${actual.size} reported, ` +
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );
  if (falsePositives.length) console.log(`  false positives: ${falsePositives.join('; ')}`);
  if (missed.length) console.log(`  missed: ${missed.join('; ')}`);
  assert.deepEqual(crashes, [], 'the rule must not crash or make files unparsable');
  assert.ok(expected.size >= 30, `corpus declares ${expected.size} findings; it needs real positives to measure recall`);
  assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)} < ${MIN_PRECISION}: ${falsePositives.join('; ')}`);
  assert.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(3)} < ${MIN_RECALL}: missed ${missed.join('; ')}`);
});
