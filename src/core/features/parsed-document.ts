import type { Position, Range } from '../finding';
import type { Diagram } from '../markdown/diagram';
import { toDiagramPosition, toDocumentRange, type DiagramPosition } from '../markdown/diagram-position';
import { DiagramFinder, type LinedDocument } from '../markdown/diagram-finder';
import { documentLines } from '../markdown/document-lines';
import { parseSequenceCached } from '../sequence/parse-sequence-cached';
import type { SequenceDocument, TextSpan } from '../sequence/sequence-model';

/** A diagram of the document with, for sequence diagrams, our parse of it. */
export interface ParsedDiagram {
  readonly diagram: Diagram;
  readonly sequence: SequenceDocument | undefined;
}

/** A document's text with its diagrams found and parsed once, shared by every feature (the server caches it). */
export interface ParsedDocument {
  readonly text: string;
  readonly languageId: 'markdown' | 'mermaid';
  readonly lines: readonly string[];
  readonly diagrams: readonly ParsedDiagram[];
}

export interface ParseDocumentOptions {
  readonly languageId?: 'markdown' | 'mermaid';
  /** Treat untagged fences starting with a diagram keyword as diagrams (default true). */
  readonly untagged?: boolean;
}

/**
 * Finds the document's diagrams and parses its sequence diagrams. Never throws. Given the finder that saw the
 * document's previous version, only the edited part of the Markdown is read again.
 */
export function parseDocument(document: string | LinedDocument, options: ParseDocumentOptions = {}, finder = new DiagramFinder()): ParsedDocument {
  const languageId = options.languageId ?? 'markdown';
  let diagrams: readonly Diagram[];
  let lines: readonly string[];
  try {
    ({ diagrams, lines } = finder.find(document, { languageId, untagged: options.untagged }));
  } catch {
    // Language features degrade to nothing rather than fail the request; the next edit starts from scratch.
    diagrams = [];
    lines = typeof document === 'string' ? documentLines(document) : document.lines;
    finder.forget();
  }
  return {
    // A document's whole text is built only for the features that read it (the outline's headings).
    get text() {
      return typeof document === 'string' ? document : document.getText();
    },
    languageId,
    lines,
    diagrams: languageId === 'mermaid' ? diagrams.map((diagram) => lazilyParsed(diagram, true)) : diagrams.map(reusedOrLazilyParsed),
  };
}

/**
 * A Markdown diagram's ParsedDiagram, the same object for as long as the finder hands out the same Diagram: a
 * keystroke leaves all but one of a note's 5,000 diagrams as they were, and they need not be wrapped again.
 */
const parsedDiagrams = new WeakMap<Diagram, ParsedDiagram>();
function reusedOrLazilyParsed(diagram: Diagram): ParsedDiagram {
  let parsed = parsedDiagrams.get(diagram);
  if (!parsed) parsedDiagrams.set(diagram, (parsed = lazilyParsed(diagram, diagram.kind === 'sequenceDiagram')));
  return parsed;
}

/**
 * A diagram whose sequence parse runs the first time a feature asks for it: a note with thousands of diagrams
 * is opened without parsing them all in one go, and a request only parses the diagram it is about.
 */
function lazilyParsed(diagram: Diagram, isSequence: boolean): ParsedDiagram {
  let sequence: SequenceDocument | undefined;
  let parsed = !isSequence;
  return {
    diagram,
    get sequence() {
      if (!parsed) {
        sequence = sequenceOf(diagram);
        parsed = true;
      }
      return sequence;
    },
  };
}

function sequenceOf(diagram: Diagram): SequenceDocument | undefined {
  const parsed = parseSequenceCached(diagram.text);
  return parsed.headerLine === undefined ? undefined : parsed;
}

/** The diagram holding a document position, and the position in the diagram's text. */
export function diagramAtPosition(doc: ParsedDocument, position: Position): { parsed: ParsedDiagram; at: DiagramPosition } | undefined {
  for (const parsed of doc.diagrams) {
    const at = toDiagramPosition(parsed.diagram, position);
    if (at) return { parsed, at };
  }
  return undefined;
}

/** A span of a diagram's text as a document range. */
export function spanRange(diagram: Diagram, span: TextSpan): Range {
  return toDocumentRange(diagram, span.line, span.start, span.line, span.end);
}
