import { parseSequence } from './parse-sequence';
import type { SequenceDocument } from './sequence-model';

// Parses are immutable data, so an unchanged diagram can reuse its parse across edits of the note around it.
// Bounded so a long session does not keep every diagram text it ever saw, at twice the 5,000 diagrams of the largest
// note we measure: each diagnostics pass asks for every diagram in order, and when a note's diagrams plus the
// versions just typed over outnumbered the cap (5,000 did), that walk evicted each parse just before it was needed,
// and one pass re-parsed all 5,000 (a 500-600 ms stall of the server in `npm run bench huge`).
const MAX_ENTRIES = 10_000;
const cache = new Map<string, SequenceDocument>();

/** `parseSequence`, remembered by diagram text: after a one-line edit only the edited diagram is parsed again. */
export function parseSequenceCached(text: string): SequenceDocument {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text); // re-insert: Map order is our least-recently-used order
    cache.set(text, hit);
    return hit;
  }
  const parsed = parseSequence(text);
  cache.set(text, parsed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return parsed;
}
