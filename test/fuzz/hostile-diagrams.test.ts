// Diagram text is data on the Node side too: the XSS corpus (script, img/svg handlers, javascript: links,
// click … call, %%{init}%% asking for securityLevel "loose" or a remote font) goes through checkDocument (the real
// mermaid with its happy-dom DOM) and every language feature; nothing runs and no socket is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { checkDocument } from '../../src/core/check/check-document';
import { codeActions } from '../../src/core/features/code-actions';
import { completions } from '../../src/core/features/completion';
import { documentSymbols } from '../../src/core/features/document-symbols';
import { hover } from '../../src/core/features/hover';
import { parseDocument } from '../../src/core/features/parsed-document';

const MARK = '__archlensXss';
const PAYLOADS = [
  `flowchart LR\n    A["<img src=x onerror=globalThis.${MARK}=1>"] --> B["<script>globalThis.${MARK}=2</script>"]\n    click A call globalThis.${MARK}()\n    click B href "javascript:globalThis.${MARK}=3"`,
  `%%{init: {"securityLevel": "loose", "htmlLabels": true, "fontFamily": "x; src: url(http://127.0.0.1:9/f.woff)"}}%%\nflowchart LR\n    A[go] --> B\n    click A callback "globalThis.${MARK}=4"`,
  `sequenceDiagram\n    participant Alice\n    link Alice: Dashboard @ javascript:globalThis.${MARK}=5\n    Alice->>Bob: <img src=http://127.0.0.1:9/x.png onerror=globalThis.${MARK}=6>\n    Note over Alice: <iframe src="javascript:globalThis.${MARK}=7"></iframe>`,
  `flowchart TD\n    A[<a href="javascript:globalThis.${MARK}=8">x</a>] --> B("<svg onload=globalThis.${MARK}=9>")\n    style A fill:url(http://127.0.0.1:9/p.svg)`,
  `classDiagram\n    class A{\n      +<img src=x onerror=globalThis.${MARK}=10>()\n    }\n    link A "javascript:globalThis.${MARK}=11"`,
];

test('hostile diagrams are checked and served by every feature without running or fetching anything', async () => {
  const connects: unknown[] = [];
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    connects.push(args[0]);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  try {
    for (const tagged of [false, true]) {
      const note = PAYLOADS.map((p, i) => `# payload ${i}\n\n\`\`\`${tagged ? 'mermaid' : ''}\n${p}\n\`\`\`\n`).join('\n');
      const findings = await checkDocument(note);
      assert.ok(findings.every((f) => f.range.start.line >= 0), 'findings are placed in the note');
      const doc = parseDocument(note);
      assert.equal(doc.diagrams.length, PAYLOADS.length, 'every payload is found as a diagram');
      documentSymbols(doc);
      doc.lines.forEach((text, line) => {
        const position = { line, character: Math.floor(text.length / 2) };
        completions(doc, position);
        hover(doc, position);
        codeActions(doc, { start: position, end: position });
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any handler or load that was queued fire
    assert.equal((globalThis as Record<string, unknown>)[MARK], undefined, 'no payload ran');
    assert.deepEqual(connects, [], 'no socket was opened');
  } finally {
    net.Socket.prototype.connect = connect;
  }
});
