import * as l10n from '../core/l10n/translations';
import type { Finding } from '../core/finding';

/** A finding of one file, as the CLI reports it. */
export interface FileFinding {
  readonly file: string;
  readonly finding: Finding;
}

/** The JSON shape of one finding (1-based lines and columns). */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Finding['severity'];
  readonly source: string;
  readonly message: string;
}

/** `file:line:col severity source message`, one line per finding (1-based). */
export function formatText(findings: readonly FileFinding[]): string {
  return findings
    .map(({ file, finding: f }) => `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.source} ${f.message}`)
    .join('\n');
}

export function toJson(findings: readonly FileFinding[]): JsonFinding[] {
  return findings.map(({ file, finding: f }) => ({
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    source: f.source,
    message: f.message,
  }));
}

/** "2 errors, 1 warning in 3 files (12 files checked)". */
export function summaryLine(findings: readonly FileFinding[], filesChecked: number): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.finding.severity === severity).length;
  const files = new Set(findings.map((f) => f.file)).size;
  if (findings.length === 0) return l10n.t('No problems found ({0} checked)', fileCount(filesChecked));
  const errors = count('error');
  const warnings = count('warning');
  const parts = [errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', errors), warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', warnings)];
  const other = findings.length - errors - warnings;
  if (other > 0) parts.push(other === 1 ? l10n.t('1 note') : l10n.t('{0} notes', other));
  return l10n.t('{0} in {1} ({2} checked)', parts.join(l10n.t(', ')), fileCount(files), fileCount(filesChecked));
}

function fileCount(n: number): string {
  return n === 1 ? l10n.t('1 file') : l10n.t('{0} files', n);
}
