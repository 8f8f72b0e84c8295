import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagramFinding } from '../core/check/diagram-findings';
import { DIAGRAM_LANGUAGES, type ArchlensServer, type DiagnosticsProvider } from './archlens-server';
import { toDiagnostic } from './lsp-convert';

/** Diagnostics for Markdown and Mermaid documents: each diagram's validation issues at their document lines. */
export function diagramDiagnostics(server: ArchlensServer): DiagnosticsProvider {
  return {
    languages: DIAGRAM_LANGUAGES,
    async diagnose(document: TextDocument, stale: () => boolean): Promise<Diagnostic[]> {
      const settings = await server.settings(document.uri);
      if (!settings.diagnostics.enable) return [];
      const doc = await server.parsed(document);
      if (!doc) return [];
      // Typing into a note whose diagrams are still being checked leaves one pass per keystroke waiting on the same
      // checks; once a newer version exists, a pass skips turning its 5,000 verdicts into diagnostics nobody sees.
      const perDiagram = await Promise.all(
        doc.diagrams.map(async ({ diagram }) => {
          const issues = await server.validate(diagram);
          return stale() ? [] : issues.map((issue) => toDiagnostic(diagramFinding(diagram, issue)));
        }),
      );
      return perDiagram.flat();
    },
  };
}
