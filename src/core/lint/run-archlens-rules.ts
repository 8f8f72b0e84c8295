// Runs archlens's own rules (and nothing else) over one file's text with ESLint's Linter. The CLI and the language
// server share it; they pass ESLint and the parser in, so each can load them when (and only when) it needs them.
import type { Linter } from 'eslint';
import { LINTED_EXTENSIONS } from './linted-files';
import { plugin } from './plugin';

/** ESLint's Linter class and the TypeScript parser, loaded by the caller. */
export interface LintEngine {
  readonly Linter: typeof Linter;
  readonly parser: Linter.Parser;
}

const PLUGIN = 'archlens';
const FILES = [`**/*.{${LINTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`];

/** Every archlens rule id (without the `archlens/` prefix). */
export function archlensRuleIds(): string[] {
  return Object.keys(plugin.rules);
}

/** The docs URL of a rule, from its meta (the same link ESLint users see). */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return plugin.rules[ruleId]?.meta.docs?.url;
}

const linters = new WeakMap<LintEngine, Linter>();

/**
 * Lints `text` as the file `path` with the given archlens rules (ids without prefix), honouring the file's
 * `eslint-disable` comments. Returns only archlens findings: parse errors and other tools' directives are not ours.
 */
export function runArchlensRules(engine: LintEngine, text: string, path: string, ruleIds: readonly string[]): Linter.LintMessage[] {
  if (ruleIds.length === 0) return [];
  let linter = linters.get(engine);
  if (!linter) linters.set(engine, (linter = new engine.Linter({ configType: 'flat' })));
  // Only the base name: the Linter matches `files` against paths under its cwd, and the name alone picks the dialect.
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const config: Linter.Config[] = [
    {
      files: FILES,
      languageOptions: { parser: engine.parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { [PLUGIN]: plugin as never },
      rules: Object.fromEntries(ruleIds.map((id) => [`${PLUGIN}/${id}`, 'error'])),
    },
  ];
  return linter.verify(text, config, base).filter((m) => m.ruleId?.startsWith(`${PLUGIN}/`) && !m.fatal);
}
