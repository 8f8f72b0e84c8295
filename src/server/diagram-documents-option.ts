// The initialization option with which the client says which documents get the diagram features (see
// diagram-feature-registration.ts). It imports nothing, so the client's bundle can import it without the server's.

export interface DiagramDocumentsOption {
  /** A document selector of the Markdown and Mermaid documents the client syncs (its languages and schemes). */
  readonly diagramDocuments?: readonly { readonly language: string; readonly scheme?: string }[];
}
