// Turns a pattern module's TypeScript into JavaScript by deleting the type syntax in place, so comments,
// blank lines and layout survive (a compiler's emit would reflow the code and drop some comments).
// Only the subset of TypeScript the pattern modules use is accepted; anything else is an error naming the line.
import ts from 'typescript';

const TYPE_ONLY_MODIFIERS = new Set([
  ts.SyntaxKind.PrivateKeyword,
  ts.SyntaxKind.ProtectedKeyword,
  ts.SyntaxKind.PublicKeyword,
  ts.SyntaxKind.ReadonlyKeyword,
  ts.SyntaxKind.OverrideKeyword,
]);

/**
 * Returns `source` with every piece of type syntax removed.
 * @param {string} source TypeScript module text
 * @param {string} fileName used in error messages
 */
export function stripTypes(source, fileName) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {Array<[number, number]>} */
  const cuts = [];
  const fail = (node, what) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    throw new Error(`${fileName}:${line + 1}: ${what} cannot be turned into JavaScript by deleting types; rewrite it`);
  };
  // A whole statement (and its own line) goes: interfaces, type aliases, type-only imports/exports.
  const cutStatement = (node) => {
    let end = node.getEnd();
    // The statement's own doc comment goes with it; the module's header comment (at offset 0) stays.
    const docs = ts.getJSDocCommentsAndTags(node).filter((d) => d.pos > 0);
    let start = docs.length > 0 ? docs[0].pos : node.getStart(sf);
    while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
    if (source[end] === '\n') end++;
    cuts.push([start, end]);
  };
  // From the `:` (or `?:`) before a type annotation to the end of the type.
  const cutAnnotation = (typeNode) => {
    const colon = source.lastIndexOf(':', typeNode.getStart(sf));
    let start = colon;
    while (start > 0 && /[\s?!]/.test(source[start - 1])) start--;
    cuts.push([start, typeNode.getEnd()]);
  };
  const cutList = (list) => {
    if (!list) return;
    const open = source.lastIndexOf('<', list.pos);
    const close = source.indexOf('>', list.end);
    cuts.push([open, close + 1]);
  };

  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return cutStatement(node);
    if (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) return cutStatement(node);
    if (ts.isExportDeclaration(node) && node.isTypeOnly) return cutStatement(node);
    if (ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node)) fail(node, 'an enum or namespace');
    if (ts.isParameter(node) && node.modifiers?.some((m) => TYPE_ONLY_MODIFIERS.has(m.kind))) {
      fail(node, 'a constructor parameter property');
    }
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && !node.body) return cutStatement(node);
    if (ts.isImportSpecifier(node) && node.isTypeOnly) fail(node, 'an inline `type` import');
    for (const m of ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : []) {
      if (TYPE_ONLY_MODIFIERS.has(m.kind)) {
        let end = m.getEnd();
        while (source[end] === ' ') end++;
        cuts.push([m.getStart(sf), end]);
      }
    }
    if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      cuts.push([node.expression.getEnd(), node.getEnd()]);
      return visit(node.expression);
    }
    if (ts.isNonNullExpression(node)) {
      cuts.push([node.expression.getEnd(), node.getEnd()]);
      return visit(node.expression);
    }
    if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) {
      cuts.push([node.getFullStart(), node.getEnd()]);
      return;
    }
    if ('typeParameters' in node) cutList(node.typeParameters);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.typeArguments) cutList(node.typeArguments);
    if ('type' in node && node.type && ts.isTypeNode(node.type) && !ts.isTypeAliasDeclaration(node)) {
      cutAnnotation(node.type); // also takes a `?` or `!` before the colon: `a?: T` means `a` in JavaScript
    } else if (ts.isPropertyDeclaration(node) && (node.questionToken || node.exclamationToken)) {
      const tok = node.questionToken ?? node.exclamationToken;
      cuts.push([tok.getStart(sf), tok.getEnd()]);
    }
    ts.forEachChild(node, (child) => {
      if (ts.isTypeNode(child)) return; // already cut with its annotation
      visit(child);
    });
  };
  visit(sf);

  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (end <= at) continue; // nested in a cut already made
    out += source.slice(at, Math.max(at, start));
    at = end;
  }
  out += source.slice(at);
  // Deleting interfaces can leave runs of blank lines; keep at most one.
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}
