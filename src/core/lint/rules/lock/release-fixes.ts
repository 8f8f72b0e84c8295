import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { RedisCommand } from './redis-call-shapes';
import { isFunction } from './redis-call-shapes';
import type { ClientFlavor } from './set-options';

/** Name of the module-level constant the compare-and-delete suggestion inserts (once per file). */
export const SCRIPT_NAME = 'RELEASE_LOCK_SCRIPT';
/** Deletes KEYS[1] only while it still holds ARGV[1]: the canonical single-instance Redis unlock. */
export const RELEASE_LUA = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';
const SCRIPT_DECLARATION =
  `// Deletes the lock only while it still holds this owner's token (compare-and-delete, atomic in Redis).\n` +
  `const ${SCRIPT_NAME} =\n  '${RELEASE_LUA}';`;
/** Name of the token variable the unique-token suggestion introduces. */
export const TOKEN_NAME = 'lockToken';

type Fixer = TSESLint.RuleFixer;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Which client a file imports, for spelling EVAL when the acquisition itself did not tell (SETNX). */
export function importedFlavor(program: TSESTree.Program): ClientFlavor {
  for (const statement of program.body) {
    const source = moduleSource(statement);
    if (source === 'ioredis') return 'positional';
    if (source === 'redis' || source?.startsWith('@redis/')) return 'node-redis';
    if (source?.startsWith('@upstash/redis')) return 'upstash';
  }
  return 'positional';
}

/** `import … from 'x'` or `const … = require('x')` at module level: the module name. */
function moduleSource(statement: TSESTree.ProgramStatement): string | undefined {
  if (statement.type === T.ImportDeclaration) return statement.source.value;
  if (statement.type !== T.VariableDeclaration) return undefined;
  const init = statement.declarations[0]?.init;
  if (init?.type !== T.CallExpression || init.callee.type !== T.Identifier || init.callee.name !== 'require') return undefined;
  const arg = init.arguments[0];
  return arg?.type === T.Literal && typeof arg.value === 'string' ? arg.value : undefined;
}

/** Replaces an unconditional DEL/UNLINK with an EVAL of the compare-and-delete script, inserting the script once. */
export function compareAndDeleteFix(
  sourceCode: SourceCode,
  del: RedisCommand,
  key: TSESTree.Node,
  token: string,
  flavor: ClientFlavor,
): (fixer: Fixer) => TSESLint.RuleFix[] {
  const receiver = del.receiver ? sourceCode.getText(del.receiver) : '';
  const keyText = sourceCode.getText(key);
  // Callbacks (node-redis v3, ioredis) keep running after the release: carry them over.
  const trailing = del.shape === 'send_command' ? del.call.arguments.slice(2) : del.call.arguments.filter((a) => isFunction(a));
  const callbacks = trailing.map((a) => `, ${sourceCode.getText(a)}`).join('');
  // bluebird-promisified clients (`delAsync`) need the promisified EVAL too.
  const evalName = del.written.endsWith('Async') ? 'evalAsync' : 'eval';
  let replacement: string;
  if (del.shape === 'call') replacement = `${receiver}.call('EVAL', ${SCRIPT_NAME}, 1, ${keyText}, ${token}${callbacks})`;
  else if (del.shape === 'sendCommand') replacement = `${receiver}.sendCommand(['EVAL', ${SCRIPT_NAME}, '1', ${keyText}, ${token}])`;
  else if (del.shape === 'send_command') {
    replacement = `${receiver}.send_command('EVAL', [${SCRIPT_NAME}, 1, ${keyText}, ${token}]${callbacks})`;
  } else if (flavor === 'node-redis') replacement = `${receiver}.${evalName}(${SCRIPT_NAME}, { keys: [${keyText}], arguments: [${token}] })`;
  else if (flavor === 'upstash') replacement = `${receiver}.${evalName}(${SCRIPT_NAME}, [${keyText}], [${token}])`;
  else replacement = `${receiver}.${evalName}(${SCRIPT_NAME}, 1, ${keyText}, ${token}${callbacks})`;
  return (fixer) => {
    const fixes = [fixer.replaceText(del.call, replacement)];
    const insert = scriptInsertion(sourceCode, fixer);
    if (insert) fixes.unshift(insert);
    return fixes;
  };
}

/** Inserts the script constant after the imports, unless the module already declares it. */
function scriptInsertion(sourceCode: SourceCode, fixer: Fixer): TSESLint.RuleFix | undefined {
  const program = sourceCode.ast;
  const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes[0] ?? sourceCode.scopeManager?.globalScope;
  if (moduleScope?.set.has(SCRIPT_NAME) || sourceCode.scopeManager?.globalScope?.set.has(SCRIPT_NAME)) return undefined;
  const imports = program.body.filter((s) => s.type === T.ImportDeclaration || moduleSource(s) !== undefined);
  const lastImport = imports[imports.length - 1];
  if (lastImport) return fixer.insertTextAfter(lastImport, `\n\n${SCRIPT_DECLARATION}`);
  const first = program.body.find((s) => !(s.type === T.ExpressionStatement && s.directive));
  return first ? fixer.insertTextBefore(first, `${SCRIPT_DECLARATION}\n\n`) : undefined;
}

/**
 * How to make a unique token here. Node ≥ 19 has Web Crypto's `crypto.randomUUID()` as a global, so no import is
 * added; an existing `node:crypto` import is reused, and a local `crypto` that is something else forces `globalThis`.
 */
export function randomUuidExpression(sourceCode: SourceCode, at: TSESTree.Node): string {
  for (const statement of sourceCode.ast.body) {
    const source = moduleSource(statement);
    if (source !== 'crypto' && source !== 'node:crypto') continue;
    if (statement.type === T.ImportDeclaration) {
      for (const spec of statement.specifiers) {
        if (spec.type === T.ImportSpecifier && spec.imported.type === T.Identifier && spec.imported.name === 'randomUUID') {
          return `${spec.local.name}()`;
        }
        if (spec.type !== T.ImportSpecifier) return `${spec.local.name}.randomUUID()`;
      }
    } else if (statement.type === T.VariableDeclaration) {
      const id = statement.declarations[0]?.id;
      if (id?.type === T.Identifier) return `${id.name}.randomUUID()`;
      const named = id?.type === T.ObjectPattern ? id.properties.find((p) => p.type === T.Property && p.key.type === T.Identifier && p.key.name === 'randomUUID') : undefined;
      if (named?.type === T.Property && named.value.type === T.Identifier) return `${named.value.name}()`;
    }
  }
  const local = ASTUtils.findVariable(sourceCode.getScope(at), 'crypto');
  return local && local.defs.length > 0 ? 'globalThis.crypto.randomUUID()' : 'crypto.randomUUID()';
}

/** Replaces a constant lock value with a fresh token held in `lockToken`, declared just before the statement. */
export function uniqueTokenFix(sourceCode: SourceCode, value: TSESTree.Node, call: TSESTree.CallExpression): {
  fix: (fixer: Fixer) => TSESLint.RuleFix[];
  replacement: string;
} {
  const uuid = randomUuidExpression(sourceCode, call);
  const statement = enclosingListStatement(call);
  const taken = ASTUtils.findVariable(sourceCode.getScope(call), TOKEN_NAME) !== null;
  const line = statement ? (sourceCode.lines[statement.loc.start.line - 1] ?? '') : '';
  const indent = statement ? line.slice(0, statement.loc.start.column) : '';
  // Declare the token on its own line only when the statement starts its line; otherwise inline it.
  if (!statement || taken || indent.trim() !== '') {
    return { replacement: uuid, fix: (fixer) => [fixer.replaceText(value, uuid)] };
  }
  return {
    replacement: `${TOKEN_NAME} = ${uuid}`,
    fix: (fixer) => [
      fixer.insertTextBefore(statement, `const ${TOKEN_NAME} = ${uuid};\n${indent}`),
      fixer.replaceText(value, TOKEN_NAME),
    ],
  };
}

/** The statement holding a node when that statement sits in a statement list (so a declaration can precede it). */
function enclosingListStatement(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let cur: TSESTree.Node = node; cur.parent; cur = cur.parent) {
    if (isFunction(cur) && cur !== node) return undefined;
    const parent = cur.parent;
    if (parent.type === T.BlockStatement || parent.type === T.Program || parent.type === T.StaticBlock) return cur;
    if (parent.type === T.SwitchCase && parent.consequent.includes(cur as TSESTree.Statement)) return cur;
  }
  return undefined;
}
