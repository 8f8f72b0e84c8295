import type { Diagram } from '../core/markdown/diagram';
import type { DiagramIssue } from '../core/markdown/diagram-issue';
import type { DiagramValidator } from './archlens-server';
import { sequenceWarnings } from '../core/sequence/sequence-warnings';

/** Our own sequence-diagram warnings: all a host without mermaid can check. */
export const sequenceWarningsValidator: DiagramValidator = Object.assign(async (diagram: Diagram) => sequenceWarningsOf(diagram), {
  // Pure and quick: always known at once.
  known: sequenceWarningsOf,
});

/** The sequence-diagram warnings of one diagram (none for other kinds). */
export function sequenceWarningsOf(diagram: Diagram): readonly DiagramIssue[] {
  return diagram.kind === 'sequenceDiagram' ? sequenceWarnings(diagram.text) : [];
}
