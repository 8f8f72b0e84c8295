// The seed notes' diagrams as the language server would describe them to the preview.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { describeDiagrams } from '../../src/server/diagrams-request';
import type { PreviewDiagram } from '../../src/webview/protocol';

export const SEEDS_DIR = '/work/shared/seeds';

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.md')).sort();
}

/** The diagrams of a Markdown text, without validation errors (the webview's own render reports those). */
export function previewDiagramsOf(text: string): Promise<PreviewDiagram[]> {
  return describeDiagrams(text, 'markdown', findDiagrams(text), () => []);
}

export function seedDiagrams(file: string): Promise<PreviewDiagram[]> {
  return previewDiagramsOf(readFileSync(join(SEEDS_DIR, file), 'utf8'));
}
