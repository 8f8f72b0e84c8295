// `archlens check` on TypeScript/JavaScript files: the same rules ESLint users and the editor run, reported in the
// CLI's Finding format with `source` = the rule id (e.g. `archlens/require-deadline`).
import type { Finding } from '../core/finding';
import { LINTED_EXTENSIONS } from '../core/lint/linted-files';
import type { FileChecker } from './file-checkers';

type Lint = (text: string, file: string) => ReturnType<typeof import('../core/lint/run-archlens-rules').runArchlensRules>;
let loading: Promise<Lint> | undefined;

/** ESLint, the TypeScript parser and the rules, loaded the first time a .ts/.js file is checked (Markdown-only runs skip them). */
function loadLint(): Promise<Lint> {
  loading ??= Promise.all([import('eslint/universal'), import('@typescript-eslint/parser'), import('../core/lint/run-archlens-rules')]).then(
    ([eslint, parser, rules]) => {
      const engine = { Linter: eslint.Linter, parser: parser as never };
      const ids = rules.archlensRuleIds();
      return (text, file) => rules.runArchlensRules(engine, text, file, ids);
    },
  );
  return loading;
}

/** ESLint's 1-based line/column (end exclusive) to our 0-based range; a finding with no end covers one character. */
function toRange(m: { line: number; column: number; endLine?: number; endColumn?: number }): Finding['range'] {
  const start = { line: m.line - 1, character: Math.max(0, m.column - 1) };
  const end = m.endLine !== undefined && m.endColumn !== undefined ? { line: m.endLine - 1, character: m.endColumn - 1 } : { ...start, character: start.character + 1 };
  return { start, end };
}

/** TypeScript and JavaScript sources: every archlens lint rule, at error severity. */
export const lintChecker: FileChecker = {
  extensions: LINTED_EXTENSIONS,
  async check(text, file) {
    const lint = await loadLint();
    return lint(text, file).map((m) => ({
      range: toRange(m),
      severity: 'error' as const,
      source: m.ruleId!,
      message: m.message,
      ...(m.messageId ? { code: m.messageId } : {}),
    }));
  },
};
