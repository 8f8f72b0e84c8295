import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as l10n from '../../core/l10n/translations';
import { findingKey, type OffsetEdit, type SuggestedFinding } from '../../core/lint/deferred-suggestions';
import type { WantedFinding } from './suggestion-cache';
import type { LintDiagnosticData } from './lint-diagnostics';

function lintData(diagnostic: Diagnostic): LintDiagnosticData | undefined {
  const data = diagnostic.data as Partial<LintDiagnosticData> | undefined;
  return diagnostic.source === 'archlens' && typeof data?.ruleId === 'string' ? (data as LintDiagnosticData) : undefined;
}

/** The key of the finding a diagnostic was made from (ESLint's 1-based lines, 0-based columns). */
function keyOf(diagnostic: Diagnostic, ruleId: string): string {
  const { start, end } = diagnostic.range;
  const loc = { start: { line: start.line + 1, column: start.character }, end: { line: end.line + 1, column: end.character } };
  return findingKey(ruleId, loc, typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
}

/** A suggestion's edit in document positions (ESLint counts offsets after a BOM; `shift` adds it back). */
function toTextEdit(document: TextDocument, edit: OffsetEdit, shift: number): TextEdit {
  return { range: { start: document.positionAt(edit.range[0] + shift), end: document.positionAt(edit.range[1] + shift) }, newText: edit.text };
}

/**
 * Quick fixes for the archlens lint diagnostics in the request: each rule suggestion as a workspace edit of small
 * separate text edits (computed now, for this document version and only these findings, by `suggestions`), then one
 * "Show documentation for <rule>" per rule (opened with VS Code's `vscode.open`, which takes a URL string).
 */
export async function lintCodeActions(
  document: TextDocument,
  params: CodeActionParams,
  suggestions: (document: TextDocument, wanted: readonly WantedFinding[]) => Promise<Map<string, SuggestedFinding>>,
): Promise<CodeAction[]> {
  const ours = params.context.diagnostics.flatMap((d) => {
    const data = lintData(d);
    return data ? [{ diagnostic: d, ruleId: data.ruleId, key: keyOf(d, data.ruleId) }] : [];
  });
  if (ours.length === 0) return [];
  const found = await suggestions(document, ours);
  const shift = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const documented = new Set<string>();
  for (const { diagnostic, ruleId, key } of ours) {
    const finding = found.get(key);
    finding?.suggestions.forEach((s, i) =>
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [uri]: s.edits.map((e) => toTextEdit(document, e, shift)) } },
      }),
    );
    const href = diagnostic.codeDescription?.href;
    if (href && !documented.has(ruleId)) {
      documented.add(ruleId);
      actions.push({
        title: l10n.t('Show documentation for {0}', ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: l10n.t('Show documentation for {0}', ruleId), command: 'vscode.open', arguments: [href] },
      });
    }
  }
  return actions;
}
