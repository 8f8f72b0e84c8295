// Everything heavy the editor's lint needs (ESLint, the TypeScript parser, the rules), in one module the server
// imports lazily: nothing here loads until the first TypeScript/JavaScript document.
import type { Linter } from 'eslint';
import { Linter as UniversalLinter } from 'eslint/universal';
import * as parser from '@typescript-eslint/parser';
import { archlensRuleIds, ruleDocsUrl, runArchlensRules, type LintEngine } from '../../core/lint/run-archlens-rules';

const engine: LintEngine = { Linter: UniversalLinter as unknown as typeof Linter, parser: parser as never };

/** Every archlens rule id (without `archlens/`). */
export const ruleIds = archlensRuleIds;

/** The docs URL of a rule. */
export const docsUrl = ruleDocsUrl;

/** The archlens findings for one document's text, linted as `path`, with the given rules. */
export function lintText(text: string, path: string, rules: readonly string[]): Linter.LintMessage[] {
  return runArchlensRules(engine, text, path, rules);
}
