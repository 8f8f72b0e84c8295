/** A zero-based position in a document (UTF-16 columns, as in LSP). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * One problem archlens reports about a document, in document coordinates. The CLI prints these and the
 * language server turns them into LSP diagnostics, so both show the same findings.
 */
export interface Finding {
  readonly range: Range;
  readonly severity: Severity;
  /** `mermaid` for diagram findings, the rule id (e.g. `archlens/require-deadline`) for lint findings. */
  readonly source: string;
  /** What is wrong and, where it helps, what to do; written for the note's author. */
  readonly message: string;
  /** A stable code for the kind of finding (e.g. `parse-error`, `undeclared-participant`). */
  readonly code?: string;
  /** The underlying tool's own text (e.g. mermaid's raw parse error), kept for those who want it. */
  readonly detail?: string;
}
