// Precision and recall of require-deadline on a labeled corpus of realistic service code, linted by ESLint's real
// Linter exactly as users run it. Each file starts with `// expect: <messageId>@<line> …` or `// expect: none`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { plugin } from '../../src/core/lint/plugin';

const DIR = join(import.meta.dirname, 'corpus', 'require-deadline');
const RULE = 'archlens/require-deadline';

function expected(text: string, file: string): Set<string> {
  const header = /^\/\/ expect: (.*)$/m.exec(text.split('\n', 1)[0] ?? '');
  assert.ok(header, `${file} has no "// expect:" header`);
  return new Set(header[1] === 'none' ? [] : header[1]!.trim().split(/\s+/));
}

test('require-deadline reaches precision ≥ 0.97 and recall ≥ 0.93 on the labeled corpus', (t) => {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.{ts,js,mjs,cjs}'],
      languageOptions: { parser: tsParser, sourceType: 'module' },
      plugins: { archlens: plugin as never },
      rules: { [RULE]: 'error' },
    },
  ];
  const files = readdirSync(DIR).sort();
  assert.ok(files.length >= 60, `corpus has ${files.length} files`);
  let tp = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const want = expected(text, file);
    const messages = linter.verify(text, config, file);
    const fatal = messages.find((m) => m.fatal);
    assert.equal(fatal, undefined, `${file}: ${fatal?.message}`);
    const got = new Set(messages.filter((m) => m.ruleId === RULE).map((m) => `${m.messageId}@${m.line}`));
    for (const g of got) (want.has(g) ? tp++ : falseAlarms.push(`${file} ${g}`));
    for (const w of want) if (!got.has(w)) misses.push(`${file} ${w}`);
  }
  const precision = tp / (tp + falseAlarms.length);
  const recall = tp / (tp + misses.length);
  t.diagnostic(`${files.length} files, ${tp} true positives, ${falseAlarms.length} false alarms, ${misses.length} missed: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  assert.ok(tp >= 40, `only ${tp} true positives: the corpus lost its bugs`);
  assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)}; false alarms:\n${falseAlarms.join('\n')}`);
  assert.ok(recall >= 0.93, `recall ${recall.toFixed(3)}; missed:\n${misses.join('\n')}`);
});
