// Runs archlens's own rules (and nothing else) over one file's text with ESLint's Linter. The CLI and the language
// server share it; they pass ESLint and the parser in, so each can load them when (and only when) it needs them.
import type { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { capturingSuggestions, withoutSuggestions, type SuggestedFinding } from './deferred-suggestions';
import { localizedRule } from '../l10n/localized-rule';
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

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;

/** Options of a lint run. */
export interface ArchlensLintOptions {
  /** Compute each finding's suggestions (default true, as ESLint does; the editor asks for them separately). */
  readonly suggestions?: boolean;
}

/** Verifies `text` with the given rules (already wrapped as the caller needs) registered as the archlens plugin. */
function verify(engine: LintEngine, text: string, path: string, rules: Record<string, AnyRule>): Linter.LintMessage[] {
  const ids = Object.keys(rules);
  if (ids.length === 0) return [];
  let linter = linters.get(engine);
  if (!linter) linters.set(engine, (linter = new engine.Linter({ configType: 'flat' })));
  // Only the base name: the Linter matches `files` against paths under its cwd, and the name alone picks the dialect.
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const config: Linter.Config[] = [
    {
      files: FILES,
      languageOptions: { parser: engine.parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { [PLUGIN]: { ...plugin, rules } as never },
      rules: Object.fromEntries(ids.map((id) => [`${PLUGIN}/${id}`, 'error'])),
    },
  ];
  return linter.verify(text, config, base).filter((m) => m.ruleId?.startsWith(`${PLUGIN}/`) && !m.fatal);
}

/**
 * The archlens rules with these ids (unknown ids are skipped), their messages in the current language (the editor
 * and the CLI run through here; ESLint users get the plugin's English), each passed through `wrap`.
 */
function pick(ruleIds: readonly string[], wrap: (rule: AnyRule, id: string) => AnyRule): Record<string, AnyRule> {
  return Object.fromEntries(ruleIds.filter((id) => plugin.rules[id]).map((id) => [id, wrap(localizedRule(plugin.rules[id]!), id)]));
}

/**
 * Lints `text` as the file `path` with the given archlens rules (ids without prefix), honouring the file's
 * `eslint-disable` comments. Returns only archlens findings: parse errors and other tools' directives are not ours.
 */
export function runArchlensRules(
  engine: LintEngine,
  text: string,
  path: string,
  ruleIds: readonly string[],
  options: ArchlensLintOptions = {},
): Linter.LintMessage[] {
  return verify(engine, text, path, pick(ruleIds, (rule) => (options.suggestions === false ? withoutSuggestions(rule) : rule)));
}

/**
 * Every finding of the given rules in `text` with its suggestions as separate small edits (see
 * deferred-suggestions.ts), for the editor's quick fixes. Unlike runArchlensRules, findings that an
 * `eslint-disable` comment hides are included: the caller matches them to the diagnostics it was shown. With
 * `only` (findingKey keys), just those findings, and no other finding's fixer runs.
 */
export function archlensSuggestions(
  engine: LintEngine,
  text: string,
  path: string,
  ruleIds: readonly string[],
  only?: ReadonlySet<string>,
): SuggestedFinding[] {
  const found: SuggestedFinding[] = [];
  // ESLint strips a BOM before parsing, so fix offsets count from the character after it.
  const parsed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  verify(engine, text, path, pick(ruleIds, (rule, id) => capturingSuggestions(rule, id, parsed, found, only)));
  return found;
}
