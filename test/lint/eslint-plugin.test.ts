// The plugin as ESLint users get it: the built dist/eslint-plugin.js, resolved as `archlens/eslint-plugin` through
// package.json "exports" from a project that installed archlens, run by ESLint's own flat-config API on real files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { rules } from '../../src/core/lint/rules/index';

const REPO = resolve(import.meta.dirname, '..', '..');
const BUNDLE = join(REPO, 'dist', 'eslint-plugin.js');

interface Plugin {
  meta: { name: string; version: string };
  rules: Record<string, { meta: { docs: { url: string } } }>;
  configs: { recommended: { rules: Record<string, string>; plugins: Record<string, unknown> } };
}

describe('archlens/eslint-plugin end to end', () => {
  let project: string;
  let archlens: Plugin;

  before(() => {
    assert.ok(existsSync(BUNDLE), 'dist/eslint-plugin.js is missing: run `npm run build` first');
    // A user's project with archlens installed (a symlink, as `npm link` or a workspace would make it).
    project = mkdtempSync(join(tmpdir(), 'archlens-eslint-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'orders-service', private: true }));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(REPO, join(project, 'node_modules', 'archlens'), 'dir');
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src', 'inventory.ts'), `export async function stock(sku: string) {\n  const res = await fetch(\`http://inventory/stock/\${sku}\`);\n  return res.json();\n}\n`);
    writeFileSync(join(project, 'src', 'pricing.ts'), `export async function price(sku: string) {\n  const res = await fetch(\`http://pricing/\${sku}\`, { signal: AbortSignal.timeout(800) });\n  return res.json();\n}\n`);
    archlens = createRequire(join(project, 'package.json'))('archlens/eslint-plugin') as Plugin;
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('resolves through package.json "exports" to the built CommonJS plugin', () => {
    const resolved = createRequire(join(project, 'package.json')).resolve('archlens/eslint-plugin');
    // Node follows the install's symlink to the real file: the bundle we built.
    assert.equal(resolved, BUNDLE);
    assert.equal(archlens.meta.name, 'archlens');
    assert.equal(archlens.meta.version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });

  it('ships every registered rule, each in recommended at error, with a docs link to an existing page', () => {
    assert.deepEqual(Object.keys(archlens.rules).sort(), Object.keys(rules).sort());
    for (const id of Object.keys(rules)) {
      assert.equal(archlens.configs.recommended.rules[`archlens/${id}`], 'error', id);
      assert.equal(archlens.rules[id]!.meta.docs.url, `https://github.com/archlens/archlens/blob/main/docs/rules/${id}.md`);
      assert.ok(existsSync(join(REPO, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`);
    }
    assert.equal(archlens.configs.recommended.plugins.archlens, archlens);
  });

  it('needs nothing at run time but what package.json declares: eslint as a peer, the rest bundled', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    const required = new Set([...readFileSync(BUNDLE, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')));
    const external = [...required].filter((name) => !builtinModules.includes(name)).map((name) => name.split('/')[0]!);
    assert.deepEqual([...new Set(external)], ['eslint']);
    assert.ok(manifest.peerDependencies.eslint, 'eslint is a declared peer dependency');
    assert.equal(manifest.dependencies, undefined, 'no runtime dependencies: the VS Code package is built with --no-dependencies');
  });

  it('finds the unbounded fetch through ESLint flat config and leaves the bounded one alone', async () => {
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: [archlens.configs.recommended as never, { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } }],
    });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(project.length + 1), r.messages]));
    assert.deepEqual(Object.keys(byFile).sort(), ['src/inventory.ts', 'src/pricing.ts']);
    assert.deepEqual(byFile['src/pricing.ts'], []);
    const [finding] = byFile['src/inventory.ts']!;
    assert.equal(finding?.ruleId, 'archlens/require-deadline');
    assert.equal(finding?.messageId, 'fetchWithoutSignal');
    assert.equal(finding?.severity, 2);
    assert.equal(finding?.line, 2);
    assert.equal(finding?.suggestions?.[0]?.desc, 'Add `signal: AbortSignal.timeout(10000)`.');
  });

  it('runs from a user eslint.config.mjs that imports archlens/eslint-plugin', async () => {
    writeFileSync(
      join(project, 'eslint.config.mjs'),
      `import archlens from 'archlens/eslint-plugin';\nimport * as tsParser from '${pathToParser()}';\nexport default [archlens.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { rules: { 'archlens/require-deadline': ['warn', { defaultTimeoutMs: 2500 }] } }];\n`,
    );
    const results = await new ESLint({ cwd: project }).lintFiles(['src/inventory.ts']);
    const [finding] = results[0]!.messages;
    assert.equal(finding?.ruleId, 'archlens/require-deadline');
    assert.equal(finding?.severity, 1);
    assert.equal(finding?.suggestions?.[0]?.desc, 'Add `signal: AbortSignal.timeout(2500)`.');
  });
});

/** The parser as a file URL the user's config can import (the temp project has no node_modules of its own). */
function pathToParser(): string {
  return createRequire(join(REPO, 'package.json')).resolve('@typescript-eslint/parser').replaceAll('\\', '/');
}
