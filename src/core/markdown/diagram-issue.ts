import type { Severity } from '../finding';

/**
 * A problem inside one diagram, in the diagram's own coordinates (0-based line of `Diagram.text`, UTF-16
 * column). Core checks produce these; `core/check` maps them to document `Finding`s.
 */
export interface DiagramIssue {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  /** Stable kind, e.g. `parse-error`, `undeclared-participant`, `misspelled-participant`. */
  readonly code: string;
  readonly message: string;
  /** For a misspelled participant: the declared name the author most likely meant (the quick fix's target). */
  readonly intended?: string;
  /** The underlying tool's own text, e.g. mermaid's raw parse error. */
  readonly detail?: string;
}
