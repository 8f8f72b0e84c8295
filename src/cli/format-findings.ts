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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = new Set(findings.map((f) => f.file)).size;
  if (findings.length === 0) return `No problems found (${plural(filesChecked, 'file')} checked)`;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  const other = findings.length - count('error') - count('warning');
  if (other > 0) parts.push(plural(other, 'note'));
  return `${parts.join(', ')} in ${plural(files, 'file')} (${plural(filesChecked, 'file')} checked)`;
}
