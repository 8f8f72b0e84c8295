import type { Linter } from 'eslint';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleSeverity } from './lint-settings';

/** What a lint diagnostic carries for its quick fixes (round-tripped through the client in `data`). */
export interface LintDiagnosticData {
  readonly ruleId: string;
  readonly suggestions: readonly { readonly title: string; readonly edit: TextEdit }[];
}

const SEVERITY: Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** ESLint's fix (character offsets in the text that was linted) as an LSP edit on the same document version. */
function toEdit(document: TextDocument, fix: { range: [number, number]; text: string }): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

/**
 * One ESLint finding as an editor diagnostic: source `archlens`, code = the rule id linked to its docs, and the
 * rule's suggestions as edits for the quick fixes.
 */
export function toDiagnostic(
  document: TextDocument,
  message: Linter.LintMessage,
  severity: Exclude<RuleSeverity, 'off'>,
  href: string | undefined,
): Diagnostic {
  const ruleId = message.ruleId!.replace(/^archlens\//, '');
  const start = { line: message.line - 1, character: Math.max(0, message.column - 1) };
  const end =
    message.endLine !== undefined && message.endColumn !== undefined
      ? { line: message.endLine - 1, character: message.endColumn - 1 }
      : { line: start.line, character: start.character + 1 };
  const data: LintDiagnosticData = {
    ruleId,
    suggestions: (message.suggestions ?? []).map((s) => ({ title: s.desc, edit: toEdit(document, s.fix) })),
  };
  return {
    range: { start, end },
    severity: SEVERITY[severity],
    source: 'archlens',
    code: ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: message.message,
    data,
  };
}
