import type { Finding } from '../finding';
import type { Diagram } from '../markdown/diagram';
import type { DiagramIssue } from '../markdown/diagram-issue';
import { findDiagrams, type FindDiagramsOptions } from '../markdown/find-diagrams';
import { validateDiagram } from '../mermaid/validate-diagram';
import { sequenceWarnings } from '../sequence/sequence-warnings';
import { diagramFinding } from './diagram-findings';

/** Warnings depend only on the diagram's text, so an edit re-derives them only for the diagram it changed. */
const WARNINGS_CACHE_LIMIT = 5000;
const warningsByText = new Map<string, DiagramIssue[]>();

/** Every finding for a Markdown or `.mmd` document: mermaid's errors and our sequence-diagram warnings. */
export async function checkDocument(text: string, options: FindDiagramsOptions = {}): Promise<Finding[]> {
  return checkDiagrams(findDiagrams(text, options));
}

/** The findings for diagrams already found (the server keeps them to answer other requests too). */
export async function checkDiagrams(diagrams: readonly Diagram[]): Promise<Finding[]> {
  const perDiagram = await Promise.all(diagrams.map(checkDiagram));
  return perDiagram.flat();
}

/** One diagram's findings, in document coordinates: mermaid's verdict first, then our warnings. */
export async function checkDiagram(diagram: Diagram): Promise<Finding[]> {
  const error = await validateDiagram(diagram.text);
  const warnings = diagram.kind === 'sequenceDiagram' ? cachedSequenceWarnings(diagram.text) : [];
  return [...(error ? [error] : []), ...warnings].map((issue) => diagramFinding(diagram, issue));
}

function cachedSequenceWarnings(text: string): DiagramIssue[] {
  let warnings = warningsByText.get(text);
  if (warnings === undefined) {
    warnings = sequenceWarnings(text);
    warningsByText.set(text, warnings);
    if (warningsByText.size > WARNINGS_CACHE_LIMIT) warningsByText.delete(warningsByText.keys().next().value as string);
  }
  return warnings;
}
