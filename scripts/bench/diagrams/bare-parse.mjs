// Baseline for the diagrams benchmark: the least a program can do to validate the same diagrams — load mermaid
// once (Node needs the same DOM shim and Object.groupBy polyfill) and call mermaid.parse on each text.
// Usage: node scripts/bench/diagrams/bare-parse.mjs <texts.json>  → prints {"loadMs", "parseMs", "errors"}
import { readFileSync } from 'node:fs';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const started = performance.now();
if (!Object.groupBy) {
  Object.groupBy = (items, keyOf) => {
    const groups = Object.create(null);
    let i = 0;
    for (const item of items) (groups[keyOf(item, i++)] ??= []).push(item);
    return groups;
  };
}
const { Window } = await import('happy-dom');
const window = new Window();
globalThis.window = window;
globalThis.document = window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });
const loaded = performance.now();
let errors = 0;
for (const text of texts) {
  try {
    await mermaid.parse(text);
  } catch {
    errors++;
  }
}
const done = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, parseMs: done - loaded, errors }));
