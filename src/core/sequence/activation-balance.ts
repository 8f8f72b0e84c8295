import type { ParticipantReference, SequenceDocument } from './sequence-model';

export interface ActivationBalance {
  /** The first deactivation of a participant that is not active (mermaid rejects the diagram for it). */
  readonly inactiveDeactivation?: { readonly line: number; readonly participant: string; readonly reference?: ParticipantReference };
  /** Participants still active when the diagram ends, with the line of their last unmatched activation. */
  readonly openAtEnd: readonly { readonly participant: string; readonly line: number; readonly reference?: ParticipantReference }[];
}

type Event = { line: number; column: number; name: string; delta: 1 | -1; reference?: ParticipantReference };

/**
 * Replays activations in text order the way mermaid counts them (`activate X` and `->>+X` start one on X,
 * `deactivate X` and `X-->>-` end one on X; blocks do not matter), so we can say where the count goes wrong.
 */
export function activationBalance(doc: SequenceDocument): ActivationBalance {
  const events: Event[] = [];
  for (const a of doc.activations) {
    if (!a.participant) continue;
    events.push({ line: a.line, column: a.participant.span.start, name: a.participant.name, delta: a.kind === 'activate' ? 1 : -1, reference: a.participant });
  }
  for (const m of doc.messages) {
    if (m.activation === '+') events.push({ line: m.line, column: m.arrowSpan.end, name: m.to.name, delta: 1, reference: m.to });
    if (m.activation === '-') events.push({ line: m.line, column: m.arrowSpan.end, name: m.from.name, delta: -1, reference: m.from });
  }
  events.sort((x, y) => x.line - y.line || x.column - y.column);
  const stacks = new Map<string, Event[]>();
  let inactiveDeactivation: ActivationBalance['inactiveDeactivation'];
  for (const e of events) {
    const stack = stacks.get(e.name) ?? [];
    stacks.set(e.name, stack);
    if (e.delta === 1) stack.push(e);
    else if (stack.length > 0) stack.pop();
    else inactiveDeactivation ??= { line: e.line, participant: e.name, reference: e.reference };
  }
  const openAtEnd = [...stacks]
    .filter(([, stack]) => stack.length > 0)
    .map(([participant, stack]) => ({ participant, line: stack.at(-1)!.line, reference: stack.at(-1)!.reference }));
  return { inactiveDeactivation, openAtEnd };
}
