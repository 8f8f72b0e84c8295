import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LintFinding } from './lint-jobs';
import type { RuleSeverity } from './lint-settings';

/**
 * What a lint diagnostic carries in `data`: only its rule id. Suggestions are not shipped with diagnostics; the
 * code-action request computes them (lint-code-actions.ts), so a file with thousands of findings publishes kilobytes.
 */
export interface LintDiagnosticData {
  readonly ruleId: string;
}

const SEVERITY: Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** One ESLint finding as an editor diagnostic: source `archlens`, code = the rule id linked to its docs. */
export function toDiagnostic(finding: LintFinding, severity: Exclude<RuleSeverity, 'off'>): Diagnostic {
  const start = { line: finding.line - 1, character: Math.max(0, finding.column - 1) };
  const end =
    finding.endLine !== undefined && finding.endColumn !== undefined
      ? { line: finding.endLine - 1, character: finding.endColumn - 1 }
      : { line: start.line, character: start.character + 1 };
  const data: LintDiagnosticData = { ruleId: finding.ruleId };
  return {
    range: { start, end },
    severity: SEVERITY[severity],
    source: 'archlens',
    code: finding.ruleId,
    ...(finding.docsUrl ? { codeDescription: { href: finding.docsUrl } } : {}),
    message: finding.message,
    data,
  };
}
