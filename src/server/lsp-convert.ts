// Plain core data → LSP types. Only the server's edge knows LSP shapes.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver';
import type { CodeActionEntry } from '../core/features/code-action';
import type { CompletionEntry } from '../core/features/completion';
import type { OutlineSymbol } from '../core/features/document-symbols';
import type { Finding, Severity } from '../core/finding';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: finding.source,
    message: finding.message,
    ...(finding.code !== undefined ? { code: finding.code } : {}),
    ...(finding.detail !== undefined ? { data: { detail: finding.detail } } : {}),
  };
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  participant: CompletionItemKind.Variable,
  actor: CompletionItemKind.Variable,
  alias: CompletionItemKind.Reference,
  keyword: CompletionItemKind.Keyword,
  arrow: CompletionItemKind.Operator,
};

export function toCompletionItem(entry: CompletionEntry, index: number): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    filterText: entry.filterText,
    // Keep our order (participants in diagram order, arrows most used first) instead of alphabetical.
    sortText: String(index).padStart(4, '0'),
    textEdit: { range: entry.range, newText: entry.insertText },
  };
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  heading: SymbolKind.String, // what VS Code's Markdown outline uses for headings
  diagram: SymbolKind.Namespace,
  participant: SymbolKind.Object,
  actor: SymbolKind.Interface,
};

export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}

export function toCodeAction(entry: CodeActionEntry, uri: string, diagnostics: readonly Diagnostic[]): CodeAction {
  const fixed = entry.fixes ? diagnostics.filter((d) => d.code === entry.fixes) : [];
  return {
    title: entry.title,
    kind: entry.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll,
    ...(fixed.length > 0 ? { diagnostics: fixed } : {}),
    ...(entry.isPreferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: [...entry.edits] } },
  };
}
