// Turns a pattern module into a VS Code snippet body. The module marks its tab stops with comments, so the
// tested code and the snippet are one text (see snippets/README.md for the marker syntax):
//   /*$1*/TokenBucket      tab stop 1; every other use of `TokenBucket` in code mirrors it
//   /*$2*/100              tab stop 2 on this literal only (number, 'string', identifier used once)
//   /*$3|true,false|*/true  a choice; the code keeps the first option, so the tested code is the default
//   /*$0*/                 where the cursor ends

import ts from 'typescript';

const MARKER = /\/\*\$(\d+)(?:\|([^|*]*)\|)?\*\//g;
const TOKEN = /^(?:[A-Za-z_][A-Za-z0-9_]*|-?\d[\d_.]*|'(?:[^'\\\n]|\\.)*')/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The module text with its markers removed: what the snippet expands to with every default accepted. */
export function withoutMarkers(text) {
  return text.replace(MARKER, '');
}

const escapeText = (s) => s.replace(/[\\$]/g, (c) => `\\${c}`);
const escapePlaceholder = (s) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
// VS Code's parser knows only these three escapes inside a choice; `\$` there would stay a backslash.
const escapeChoice = (s) => s.replace(/[\\|,]/g, (c) => `\\${c}`);

/**
 * Renders marked module text as snippet body lines (leading two-space indents become tabs, which VS Code
 * re-indents to the user's setting).
 * @param {string} text
 * @param {string} fileName for error messages
 * @returns {string[]}
 */
export function renderSnippet(text, fileName) {
  if (text.includes('\t')) throw new Error(`${fileName}: contains a tab; pattern modules indent with two spaces`);
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  /** @type {Array<{start:number,end:number,out:string}>} */
  const edits = [];
  /** @type {Map<string, number>} identifiers whose every use in code mirrors a tab stop */
  const linked = new Map();
  const seen = new Set();
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1]);
    const after = m.index + m[0].length;
    if (n === 0) {
      edits.push({ start: m.index, end: after, out: '$0' });
      continue;
    }
    const value = TOKEN.exec(text.slice(after))?.[0];
    if (!value) throw new Error(`${fileName}:${lineOf(m.index)}: marker ${m[0]} must sit right before an identifier, number or 'string'`);
    const choices = m[2]?.split(',');
    if (choices && choices[0] !== value) {
      throw new Error(`${fileName}:${lineOf(m.index)}: the code after ${m[0]} must be its first choice, found ${value}`);
    }
    if (seen.has(n)) throw new Error(`${fileName}:${lineOf(m.index)}: tab stop $${n} is marked twice`);
    seen.add(n);
    if (IDENTIFIER.test(value) && !choices) linked.set(value, n);
    const out = choices
      ? `\${${n}|${choices.map(escapeChoice).join(',')}|}`
      : `\${${n}:${escapePlaceholder(value)}}`;
    edits.push({ start: m.index, end: after + value.length, out });
  }
  // Mirrors: every other use of a linked identifier in code (never in comments or strings, never a property name).
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const marked = new Set(edits.map((e) => e.end));
  const visit = (node) => {
    if (ts.isIdentifier(node) && linked.has(node.text) && !marked.has(node.getEnd())) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent)) && parent.name === node);
      if (ts.isShorthandPropertyAssignment(parent)) {
        throw new Error(`${fileName}:${lineOf(node.getStart(sf))}: write \`${node.text}: ${node.text}\`, a tab stop cannot rename half of a shorthand property`);
      }
      if (!isPropertyName) edits.push({ start: node.getStart(sf), end: node.getEnd(), out: `$${linked.get(node.text)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  edits.sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  for (const e of edits) {
    body += escapeText(text.slice(at, e.start)) + e.out;
    at = e.end;
  }
  body += escapeText(text.slice(at));
  return body
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.replace(/^(?: {2})+/, (indent) => '\t'.repeat(indent.length / 2)));
}

/** The snippet's title and description: the two lines of the module's leading doc comment. */
export function docLines(text, fileName) {
  const m = /^\/\*\*\s*(.+)\n\s*\*\s*(.+?)\s*\*\/\n/.exec(text);
  if (!m) throw new Error(`${fileName}: must start with a two-line doc comment (what it is; why it is right)`);
  return [withoutMarkers(m[1]).trim(), withoutMarkers(m[2]).trim()];
}
