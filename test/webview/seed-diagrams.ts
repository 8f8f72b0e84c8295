// The seed notes' diagrams as the language server would describe them to the preview.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { validateDiagram } from '../../src/core/mermaid/validate-diagram';
import { describeDiagrams } from '../../src/server/diagrams-request';
import { mermaidValidator } from '../../src/server/mermaid-validator';
import type { DocumentDiagramsParams, PreviewDiagram } from '../../src/webview/protocol';

export const SEEDS_DIR = '/work/shared/seeds';

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.md')).sort();
}

/** The diagrams of a Markdown text without validation errors, so the webview's own render meets every problem. */
export function previewDiagramsOf(text: string): Promise<PreviewDiagram[]> {
  return describeDiagrams(text, 'markdown', findDiagrams(text), () => []);
}

/** A seed note's diagrams with the real validator's errors, exactly as the language server answers. */
export function seedDiagrams(file: string): Promise<PreviewDiagram[]> {
  const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
  return describeDiagrams(text, 'markdown', findDiagrams(text), async (d) => {
    const issue = await validateDiagram(d.text);
    return issue ? [issue] : [];
  });
}

/**
 * Any note's diagrams exactly as the language server answers `archlens/documentDiagrams`: the server's own validator,
 * verdicts not yet known marked `pending` unless `settled` asks to wait for them.
 */
export function noteDiagrams(text: string, params: Pick<DocumentDiagramsParams, 'settled'> = { settled: true }): Promise<PreviewDiagram[]> {
  return describeDiagrams(text, 'markdown', findDiagrams(text), mermaidValidator, { settled: params.settled === true });
}
