/** One Mermaid diagram found in a document, with what is needed to map its lines back to the document. */
export interface Diagram {
  /**
   * The diagram source exactly as mermaid should see it: container prefixes (fence indentation, `> ` of
   * blockquotes, list indentation) removed, line endings normalised to `\n`, no trailing newline.
   */
  readonly text: string;
  /** The diagram type keyword it starts with (`sequenceDiagram`, `flowchart`, `graph`, …); undefined if none. */
  readonly kind: string | undefined;
  /** 0-based document line of the diagram's first text line (the line after the opening fence; 0 for .mmd). */
  readonly startLine: number;
  /**
   * For each line i of `text`: the UTF-16 column in document line `startLine + i` where that text line begins.
   * Column c of text line i is document position (startLine + i, lineStarts[i] + c).
   */
  readonly lineStarts: readonly number[];
  /** The fence around the diagram; absent for a whole `.mmd` / `.mermaid` file. */
  readonly fence?: DiagramFence;
}

export interface DiagramFence {
  /** 0-based document line of the opening fence. */
  readonly openLine: number;
  /** 0-based document line of the closing fence; undefined when the fence is never closed. */
  readonly closeLine: number | undefined;
  /** The info string after the opening marker (`''` for an untagged fence). */
  readonly info: string;
  /** True when the info string's first word is `mermaid`. */
  readonly tagged: boolean;
  /** The opening marker as written, e.g. "```" or "~~~~". */
  readonly marker: string;
  /** UTF-16 column of the marker on the opening line. */
  readonly markerColumn: number;
}
