/**
 * What our tolerant sequence-diagram parser returns. All positions are in diagram-text coordinates
 * (0-based line of `Diagram.text`, UTF-16 columns), so `core/markdown` can map them into the document.
 */

/** A stretch of one line: columns [start, end). */
export interface TextSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** How a participant name is used at one place in the diagram. */
export type ReferenceRole =
  | 'declaration'
  | 'create'
  | 'destroy'
  | 'message-from'
  | 'message-to'
  | 'note'
  | 'activate'
  | 'deactivate'
  | 'link';

/** One occurrence of a participant id in the text. */
export interface ParticipantReference {
  readonly name: string;
  readonly span: TextSpan;
  readonly role: ReferenceRole;
}

export interface ParticipantDeclaration {
  /** `participant` or `actor` (the keyword written; a `@{ "type": … }` shape is in `shape`). */
  readonly keyword: 'participant' | 'actor';
  /** Where the id is written in the declaration. */
  readonly span: TextSpan;
  /** True for `create participant X`. */
  readonly created: boolean;
  /** The display text from `as …` or `"alias"` in the config object. */
  readonly alias?: string;
  readonly aliasSpan?: TextSpan;
  /** The `"type"` of the `@{…}` config object (boundary, database, …), when given. */
  readonly shape?: string;
}

export interface Participant {
  /** The id mermaid keys the participant by (case-sensitive, may contain spaces). */
  readonly name: string;
  /** Every `participant`/`actor`/`create` line for this id, in order (empty for an implicit participant). */
  readonly declarations: readonly ParticipantDeclaration[];
  /** Where the participant first appears (its first declaration or first use). */
  readonly firstSpan: TextSpan;
}

export interface Message {
  readonly line: number;
  readonly from: ParticipantReference;
  readonly to: ParticipantReference;
  /** The arrow as written, e.g. `->>`, `--x`, `<<-->>`. */
  readonly arrow: string;
  readonly arrowSpan: TextSpan;
  /** `+` activates the receiver, `-` deactivates the sender. */
  readonly activation?: '+' | '-';
  /** The text after `:`; undefined when there is no `:` (mermaid rejects that). */
  readonly text?: string;
}

export type NotePlacement = 'left of' | 'right of' | 'over';

export interface Note {
  readonly line: number;
  readonly placement: NotePlacement | undefined;
  readonly participants: readonly ParticipantReference[];
  /** The text after `:`; undefined when there is no `:`. */
  readonly text?: string;
  /** Column just after the `:` (where the text begins), when there is one. */
  readonly textColumn?: number;
}

export interface Activation {
  readonly line: number;
  readonly kind: 'activate' | 'deactivate';
  readonly participant?: ParticipantReference;
}

export type BlockKind = 'alt' | 'opt' | 'loop' | 'par' | 'par_over' | 'critical' | 'break' | 'rect' | 'box';
export type SectionKeyword = 'else' | 'and' | 'option';

export interface BlockSection {
  readonly keyword: SectionKeyword;
  readonly line: number;
  readonly label: string;
}

export interface Block {
  readonly kind: BlockKind;
  readonly label: string;
  readonly startLine: number;
  /** The line of its `end`; undefined while the block is unclosed. */
  readonly endLine: number | undefined;
  readonly sections: readonly BlockSection[];
  /** The leading whitespace of the opening line, so a fix can write `end` aligned with it. */
  readonly indent: string;
  /** Nesting depth: 0 for a top-level block. */
  readonly depth: number;
}

/** What each statement line holds; `unknown` marks text our parser (and usually mermaid) cannot read. */
export type StatementKind =
  | 'header'
  | 'participant'
  | 'create'
  | 'destroy'
  | 'message'
  | 'note'
  | 'activation'
  | 'block-start'
  | 'block-section'
  | 'block-end'
  | 'autonumber'
  | 'link'
  | 'title'
  | 'accessibility'
  | 'unknown';

export interface Statement {
  readonly kind: StatementKind;
  /** Where the statement is written (a line may hold several, separated by `;`). */
  readonly span: TextSpan;
}

export interface SequenceDocument {
  /** The line holding `sequenceDiagram`; undefined when the text is not a sequence diagram. */
  readonly headerLine: number | undefined;
  /** Participants in order of first appearance. */
  readonly participants: readonly Participant[];
  /** Every occurrence of every participant id, in text order. */
  readonly references: readonly ParticipantReference[];
  readonly messages: readonly Message[];
  readonly notes: readonly Note[];
  readonly activations: readonly Activation[];
  /** Blocks in order of their opening line. */
  readonly blocks: readonly Block[];
  readonly statements: readonly Statement[];
  /** Lines that are front matter, `%%{…}%%` directives, `%%` comments or inside `accDescr {…}`. */
  readonly ignoredLines: ReadonlySet<number>;
  /** The lines of the diagram text (split on `\n`). */
  readonly lines: readonly string[];
}
