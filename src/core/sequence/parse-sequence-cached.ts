import { parseSequence } from './parse-sequence';
import type { SequenceDocument } from './sequence-model';

// Parses are immutable data, so an unchanged diagram can reuse its parse across edits of the note around it.
// Bounded so a long session does not keep every diagram text it ever saw.
const MAX_ENTRIES = 5000;
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
