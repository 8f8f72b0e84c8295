import type { Finding } from '../finding';
import type { Diagram } from '../markdown/diagram';
import { findDiagrams, type FindDiagramsOptions } from '../markdown/find-diagrams';
import { validateDiagram } from '../mermaid/validate-diagram';
import { sequenceWarnings } from '../sequence/sequence-warnings';
import { diagramFinding } from './diagram-findings';

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
  const warnings = diagram.kind === 'sequenceDiagram' ? sequenceWarnings(diagram.text) : [];
  return [...(error ? [error] : []), ...warnings].map((issue) => diagramFinding(diagram, issue));
}
