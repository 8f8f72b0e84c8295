import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagramFinding } from '../core/check/diagram-findings';
import { DIAGRAM_LANGUAGES, type ArchlensServer, type DiagnosticsProvider } from './archlens-server';
import { toDiagnostic } from './lsp-convert';

/** Diagnostics for Markdown and Mermaid documents: each diagram's validation issues at their document lines. */
export function diagramDiagnostics(server: ArchlensServer): DiagnosticsProvider {
  return {
    languages: DIAGRAM_LANGUAGES,
    async diagnose(document: TextDocument): Promise<Diagnostic[]> {
      const settings = await server.settings(document.uri);
      if (!settings.diagnostics.enable) return [];
      const doc = await server.parsed(document);
      if (!doc) return [];
      const perDiagram = await Promise.all(
        doc.diagrams.map(async ({ diagram }) => (await server.validate(diagram)).map((issue) => toDiagnostic(diagramFinding(diagram, issue)))),
      );
      return perDiagram.flat();
    },
  };
}
