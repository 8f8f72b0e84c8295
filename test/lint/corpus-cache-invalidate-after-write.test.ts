// cache-invalidate-after-write on a labeled corpus of realistic service files (Prisma, TypeORM, Knex, Sequelize,
// Mongoose, raw SQL; ioredis, node-redis, Upstash, cache-manager, Keyv), linted by ESLint's real Linter with the
// TypeScript parser. Line 2 of every file declares what it should report: `// expect: updateThenSet@14, …` or
// `// expect: none`. Precision and recall are computed over (messageId, line) pairs and printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import rule from '../../src/core/lint/rules/cache-invalidate-after-write';

const DIR = join(import.meta.dirname, 'corpus', 'cache-invalidate-after-write');
const RULE_ID = 'archlens/cache-invalidate-after-write';

/** The findings a corpus file declares in its `// expect:` header. */
function declared(text: string, file: string): Set<string> {
  const header = /^\/\/ expect: (.+)$/m.exec(text.split('\n').slice(0, 3).join('\n'));
  assert.ok(header, `${file}: missing "// expect:" header in its first lines`);
  const list = header[1]!.trim();
  return new Set(list === 'none' ? [] : list.split(/\s*,\s*/));
}

test('cache-invalidate-after-write: precision ≥ 0.97 and recall ≥ 0.93 on the labeled corpus, no crash', () => {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 'latest' },
      plugins: { archlens: { rules: { 'cache-invalidate-after-write': rule } } as never },
      rules: { [RULE_ID]: 'error' },
    },
  ];
  const files = readdirSync(DIR).filter((f) => /\.(ts|js)$/.test(f)).sort();
  assert.ok(files.length >= 60, `the corpus has only ${files.length} files`);
  let truePositives = 0;
  let expectedTotal = 0;
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const want = declared(text, file);
    expectedTotal += want.size;
    const messages = linter.verify(text, config, { filename: file });
    const broken = messages.find((m) => m.fatal || m.ruleId !== RULE_ID);
    assert.equal(broken, undefined, `${file}: ${broken?.message}`);
    const got = new Set(messages.map((m) => `${m.messageId}@${m.line}`));
    for (const g of got) if (want.has(g)) truePositives++; else falseAlarms.push(`${file}: ${g}`);
    for (const w of want) if (!got.has(w)) misses.push(`${file}: ${w}`);
  }
  const precision = truePositives / (truePositives + falseAlarms.length);
  const recall = truePositives / expectedTotal;
  console.log(
    `cache-invalidate-after-write corpus: ${files.length} files, ${expectedTotal} expected findings, ` +
      `TP=${truePositives} FP=${falseAlarms.length} FN=${misses.length}, ` +
      `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`,
  );
  assert.ok(expectedTotal >= 25, 'the corpus must keep its bugs');
  assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)}; false alarms:\n${falseAlarms.join('\n')}`);
  assert.ok(recall >= 0.93, `recall ${recall.toFixed(3)}; missed:\n${misses.join('\n')}`);
});
