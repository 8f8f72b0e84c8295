// Every TypeScript snippet, expanded with its defaults into a file, compiles under strict settings (one program
// for all), and every snippet, TypeScript and JavaScript, passes every archlens lint rule through ESLint's Linter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { plugin } from '../../src/core/lint/plugin';
import { expandSnippet } from './expand-snippet';
import { readSnippets } from './snippet-files';

// What a careful project turns on; `strict` is the floor the issue asks for.
const STRICT: ts.CompilerOptions = {
  strict: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noFallthroughCasesInSwitch: true,
  noImplicitOverride: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
  skipLibCheck: true,
};

let dir: string;
const tsFiles = new Map<string, string>(); // prefix → file
const jsFiles = new Map<string, string>();
let program: ts.Program;

before(() => {
  // Inside the repository (in a git-ignored folder without a leading dot, which ESLint's globs would skip) so
  // `ioredis` and `@types/node` resolve from its node_modules, as in a user's project.
  mkdirSync('test-artifacts', { recursive: true });
  dir = mkdtempSync(join(resolve('test-artifacts'), 'snippets-'));
  for (const s of readSnippets('typescript')) {
    const file = join(dir, `${s.prefix}.ts`);
    writeFileSync(file, expandSnippet(s.body).text);
    tsFiles.set(s.prefix, file);
  }
  for (const s of readSnippets('javascript')) {
    const file = join(dir, `${s.prefix}.mjs`);
    writeFileSync(file, expandSnippet(s.body).text);
    jsFiles.set(s.prefix, file);
  }
  program = ts.createProgram([...tsFiles.values()], STRICT);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('every TypeScript snippet compiles with tsc --strict (and the stricter flags careful projects use)', () => {
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const text = ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => dir,
    getNewLine: () => '\n',
  });
  assert.equal(diagnostics.length, 0, text);
  assert.equal(program.getRootFileNames().length, tsFiles.size);
});

test('every snippet passes every archlens lint rule', () => {
  const ruleIds = Object.keys(plugin.rules);
  const rules = Object.fromEntries(ruleIds.map((id) => [`archlens/${id}`, 'error' as const]));
  const linter = new Linter({ configType: 'flat' });
  const archlens = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];
  const check = (file: string, text: string, config: Linter.Config) => {
    const messages = linter.verify(text, [{ files: ['**/*.ts', '**/*.mjs'], plugins: { archlens }, rules, ...config }], file);
    const found = messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message}`);
    assert.deepEqual(found, [], found.join('\n'));
  };
  for (const [, file] of tsFiles) {
    const text = program.getSourceFile(file)!.text;
    check(file, text, { languageOptions: { parser: tsParser, parserOptions: { programs: [program] } } });
  }
  for (const [, file] of jsFiles) {
    const text = ts.sys.readFile(file)!;
    check(file, text, { languageOptions: { parser: tsParser, sourceType: 'module' } });
  }
  // Meaningful only once rules exist; the count shows how much this test checked.
  console.log(`linted ${tsFiles.size + jsFiles.size} snippets with ${ruleIds.length} archlens rules: ${ruleIds.join(', ')}`);
});
