import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { LintDiagnosticData } from './lint-diagnostics';

function lintData(diagnostic: Diagnostic): LintDiagnosticData | undefined {
  const data = diagnostic.data as Partial<LintDiagnosticData> | undefined;
  return diagnostic.source === 'archlens' && typeof data?.ruleId === 'string' && Array.isArray(data.suggestions) ? (data as LintDiagnosticData) : undefined;
}

/**
 * Quick fixes for the archlens lint diagnostics in the request: each rule suggestion as an edit, then one
 * "Show documentation for <rule>" per rule (opened with VS Code's `vscode.open`, which takes a URL string).
 */
export function lintCodeActions(params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  const documented = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    const data = lintData(diagnostic);
    if (!data) continue;
    data.suggestions.forEach((s, i) =>
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [uri]: [s.edit] } },
      }),
    );
    const href = diagnostic.codeDescription?.href;
    if (href && !documented.has(data.ruleId)) {
      documented.add(data.ruleId);
      actions.push({
        title: `Show documentation for ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${data.ruleId}`, command: 'vscode.open', arguments: [href] },
      });
    }
  }
  return actions;
}
