// The three lint rules through ESLint's real Linter and @typescript-eslint/parser: on any program no rule throws,
// every report and fix lies inside the file, and applying a suggestion or fix gives code that still parses and
// no longer has that report at that place.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import ts from 'typescript';
import { plugin } from '../../../src/core/lint/plugin';
import { archlensRuleIds } from '../../../src/core/lint/run-archlens-rules';
import type { FuzzTarget } from '../fuzz-target';
import { generatedCode, mutatedCode } from '../code-inputs';

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { archlens: plugin as never },
    rules: Object.fromEntries(archlensRuleIds().map((id) => [`archlens/${id}`, 'error'])),
  },
];

function lint(text: string, name: string): Linter.LintMessage[] {
  // A rule that throws makes verify() throw (ESLint names the rule and the line): that is the failure we hunt.
  return linter.verify(text, config, name);
}

/**
 * Whether TypeScript itself finds no syntax error in the program. @typescript-eslint/parser lets some through (an
 * unterminated string before top-level `await`s, which TypeScript parses a second time), and then any edit that
 * makes it parse once only, a fix included, brings the old error to light.
 */
function freeOfSyntaxErrors(text: string, name: string): boolean {
  return (ts.transpileModule(text, { fileName: name, reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.Preserve } }).diagnostics ?? []).length === 0;
}

function checkProgram({ text, name }: { text: string; name: string }): void {
  const messages = lint(text, name);
  if (messages.some((m) => m.fatal)) return; // ESLint reports the syntax error; our rules never ran
  let sound: boolean | undefined;
  const judgeFixes = () => (sound ??= freeOfSyntaxErrors(text, name));
  const lineCount = text.split(/\r\n|\r|\n/).length;
  // ESLint's own report of a directive naming a rule it does not know (`// eslint-disable-next-line a`): archlens's
  // editor lint drops every report that is not an archlens rule's (src/core/lint/run-archlens-rules.ts).
  for (const m of messages.filter((m) => !(m.ruleId && !m.ruleId.startsWith('archlens/') && m.message === `Definition for rule '${m.ruleId}' was not found.`))) {
    assert.ok(m.ruleId?.startsWith('archlens/'), `only archlens rules run: ${m.ruleId} ${m.message}`);
    assert.ok(m.line >= 1 && m.line <= lineCount && (m.endLine ?? m.line) <= lineCount, `${m.ruleId} line ${m.line}-${m.endLine} of ${lineCount}`);
    assert.ok(m.message.trim().length > 0);
    for (const fix of [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]) {
      const [from, to] = fix.range;
      assert.ok(from >= 0 && from <= to && to <= text.length, `${m.ruleId} fix range ${from}..${to} of ${text.length}`);
      if (!judgeFixes()) continue;
      const fixed = text.slice(0, from) + fix.text + text.slice(to);
      const after = lint(fixed, name);
      const fatal = after.find((a) => a.fatal);
      assert.equal(fatal, undefined, `${m.ruleId} at ${m.line}:${m.column}: the fixed code does not parse (${fatal?.message}):\n${fixed.slice(Math.max(0, from - 200), from + fix.text.length + 200)}`);
      const same = after.find((a) => a.ruleId === m.ruleId && a.messageId === m.messageId && a.line === m.line && a.column === m.column && a.message === m.message);
      assert.equal(same, undefined, `${m.ruleId} "${m.message}" at ${m.line}:${m.column} is still reported after its fix:\n${fixed.slice(Math.max(0, from - 200), from + fix.text.length + 200)}`);
    }
  }
}

export const target: FuzzTarget = {
  name: 'lint-rules',
  properties: [
    {
      name: 'mutated corpus files: no rule throws, reports and fixes are sound',
      property: () => fc.property(mutatedCode, checkProgram),
      // Found by `npm run fuzz` (seed 10327879): a mutation added a disable directive naming an unknown rule.
      examples: () => [[{ name: 'directive.ts', text: "// eslint-disable-next-line a\nawait redis.set(`lock:${id}`, token, 'NX', 'PX', 30000);\nawait redis.del(`lock:${id}`);\n" }]],
      runs: 120,
      weight: 10,
    },
    {
      name: 'generated programs: no rule throws, reports and fixes are sound',
      property: () => fc.property(generatedCode, checkProgram),
      // Found by `npm run fuzz` (seed 386333546): the stray quote is a syntax error the parser let through.
      examples: () => [[{ name: 'gen.ts', text: "'\nawait\nawait client.set(`lock:${id}`, '1', 'NX');" }]],
      runs: 100,
      weight: 5,
    },
  ],
};
