// Everything heavy the editor's lint needs (ESLint, the TypeScript parser, the rules), in one module that only the
// lint worker thread imports: the language server's main thread never loads it.
import type { Linter } from 'eslint';
import { Linter as UniversalLinter } from 'eslint/universal';
import * as parser from '@typescript-eslint/parser';
import type { SuggestedFinding } from '../../core/lint/deferred-suggestions';
import { archlensRuleIds, archlensSuggestions, ruleDocsUrl, runArchlensRules, type LintEngine } from '../../core/lint/run-archlens-rules';

const engine: LintEngine = { Linter: UniversalLinter as unknown as typeof Linter, parser: parser as never };

/** Every archlens rule id (without `archlens/`). */
export const ruleIds = archlensRuleIds;

/** The docs URL of a rule. */
export const docsUrl = ruleDocsUrl;

/** The archlens findings for one document's text, linted as `path`, with the given rules; no suggestions. */
export function lintText(text: string, path: string, rules: readonly string[]): Linter.LintMessage[] {
  return runArchlensRules(engine, text, path, rules, { suggestions: false });
}

/** The findings of the given rules (only those with `findings` keys, when given) with their suggestions as separate small edits. */
export function suggestionsFor(text: string, path: string, rules: readonly string[], findings?: ReadonlySet<string>): SuggestedFinding[] {
  return archlensSuggestions(engine, text, path, rules, findings);
}
