// Pages of `archlens/documentDiagrams`: a 5,000-diagram list in one answer held the extension host ~50 ms to parse
// and ~80 ms more to post to the webview. The server keeps the lists it answered (by revision) so that a client
// pages through one list as it was, and so that a refresh sends only what changed since the list the client holds.
import { DIAGRAMS_PAGE_CHARS, type DiagramChange, type DiagramsPage, type PreviewDiagram } from '../webview/protocol';

/** A list the server answered. */
export interface DiagramList {
  readonly revision: number;
  readonly uri: string;
  readonly version: number | undefined;
  readonly diagrams: readonly PreviewDiagram[];
}

/** The last few lists answered, newest last; a list used as a base is kept as if new. */
export class DiagramLists {
  private last = 0;
  private readonly kept = new Map<number, DiagramList>();

  /** `limit` covers one preview's held list, the list it pages through and a verdict follow-up, with room to spare. */
  constructor(private readonly limit = 6) {}

  add(uri: string, version: number | undefined, diagrams: readonly PreviewDiagram[]): DiagramList {
    const list = { revision: ++this.last, uri, version, diagrams };
    this.kept.set(list.revision, list);
    for (const old of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(old);
    }
    return list;
  }

  /** The list of `revision` if it is still kept and of `uri`. */
  get(revision: number | undefined, uri: string): DiagramList | undefined {
    const list = revision === undefined ? undefined : this.kept.get(revision);
    if (!list || list.uri !== uri) return undefined;
    this.kept.delete(revision!);
    this.kept.set(revision!, list);
    return list;
  }
}

/**
 * The page of `list` that starts at `from`: the diagrams that differ from `base` at the same index (all without a
 * base), the text left out where it is the base's, until `count` diagrams or about `budget` characters of JSON.
 * Diagrams equal to the base's cost nothing, so a keystroke in one diagram is one small page.
 */
export function diagramsPage(list: DiagramList, base: DiagramList | undefined, from: number, count = Infinity, budget = DIAGRAMS_PAGE_CHARS): DiagramsPage {
  const changes: DiagramChange[] = [];
  let chars = 0;
  let index = Math.max(0, from);
  for (; index < list.diagrams.length && changes.length < count && (changes.length === 0 || chars < budget); index++) {
    const diagram = list.diagrams[index]!;
    const old = base?.diagrams[index];
    if (old && sameDiagram(old, diagram)) continue;
    const change = old?.text === diagram.text ? withoutText(diagram) : diagram;
    changes.push(change);
    chars += estimatedChars(change);
  }
  return {
    uri: list.uri,
    version: list.version,
    revision: list.revision,
    base: base?.revision,
    total: list.diagrams.length,
    from,
    changes,
    next: index < list.diagrams.length ? index : undefined,
  };
}

function withoutText(diagram: PreviewDiagram): DiagramChange {
  const { text: _text, ...rest } = diagram;
  return rest;
}

/** JSON size of a change, near enough: its strings plus ~200 characters of keys and numbers. */
function estimatedChars(change: DiagramChange): number {
  return 200 + (change.text?.length ?? 0) + (change.heading?.length ?? 0) + (change.kind?.length ?? 0) + (change.error?.message.length ?? 0);
}

function sameDiagram(a: PreviewDiagram, b: PreviewDiagram): boolean {
  return (
    a.index === b.index &&
    a.text === b.text &&
    a.textStartLine === b.textStartLine &&
    a.kind === b.kind &&
    a.heading === b.heading &&
    a.pending === b.pending &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character &&
    a.error?.line === b.error?.line &&
    a.error?.message === b.error?.message
  );
}
