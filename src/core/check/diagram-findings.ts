import type { Finding } from '../finding';
import type { Diagram } from '../markdown/diagram';
import type { DiagramIssue } from '../markdown/diagram-issue';
import { toDocumentRange } from '../markdown/diagram-position';

/** Diagram findings all carry this source; `code` tells a mermaid parse error from our own warnings. */
export const DIAGRAM_SOURCE = 'mermaid';

/** A diagram issue (diagram coordinates) as a document finding. */
export function diagramFinding(diagram: Diagram, issue: DiagramIssue): Finding {
  return {
    range: toDocumentRange(diagram, issue.line, issue.column, issue.endLine, issue.endColumn),
    severity: issue.severity,
    source: DIAGRAM_SOURCE,
    message: issue.message,
    code: issue.code,
    ...(issue.detail !== undefined ? { detail: issue.detail } : {}),
  };
}
