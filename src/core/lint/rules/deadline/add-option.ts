import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from './option-keys';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Adds `prop` (e.g. `timeout: 10000`) to an object literal, following its one-line or one-per-line layout; replaces a
 * property of the same name that disables it (`timeout: 0`).
 */
export function insertProperty(fixer: Fixer, sourceCode: SourceCode, obj: TSESTree.ObjectExpression, prop: string): Fix {
  const key = prop.slice(0, prop.indexOf(':'));
  const same = obj.properties.find((p) => p.type === AST_NODE_TYPES.Property && propertyName(p) === key);
  if (same) return fixer.replaceText(same, prop);
  const last = obj.properties.at(-1);
  if (!last) return fixer.replaceText(obj, `{ ${prop} }`);
  const afterLast = sourceCode.getTokenAfter(last);
  const trailingComma = afterLast?.value === ',' ? afterLast : undefined;
  if (last.loc.start.line === obj.loc.start.line) {
    return fixer.insertTextAfter(last, `, ${prop}`);
  }
  // One property per line: put ours on its own line with the same indentation.
  const indent = sourceCode.lines[last.loc.start.line - 1]!.slice(0, last.loc.start.column);
  return trailingComma
    ? fixer.insertTextAfter(trailingComma, `\n${indent}${prop},`)
    : fixer.insertTextAfter(last, `,\n${indent}${prop}`);
}

/** Replaces an options variable `init` with `{ ...init, prop }` so the variable itself stays untouched. */
export function spreadWithProperty(fixer: Fixer, sourceCode: SourceCode, expr: TSESTree.Node, prop: string): Fix {
  return fixer.replaceText(expr, `{ ...${sourceCode.getText(expr)}, ${prop} }`);
}

/** True for an argument that is a callback (a function, or a name that says so). */
export function isCallbackArg(arg: TSESTree.Node): boolean {
  const node = unwrap(arg);
  if (node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression) return true;
  return node.type === AST_NODE_TYPES.Identifier && /^(cb|callback|done|next|handler|on[A-Z]\w*)$|Callback$|Handler$/.test(node.name);
}

/**
 * Adds an options argument `{ prop }` to a call at position `index`: before a trailing callback if that is
 * where it belongs, padding skipped positions with `undefined` (`axios.post(url)` → `axios.post(url, undefined, {…})`).
 */
export function addOptionsArgument(fixer: Fixer, sourceCode: SourceCode, call: TSESTree.CallExpression, index: number, prop: string): Fix {
  const args = call.arguments;
  const text = `{ ${prop} }`;
  if (index < args.length) return fixer.insertTextBefore(args[index]!, `${text}, `);
  const padded = [...Array<string>(index - args.length).fill('undefined'), text].join(', ');
  const last = args.at(-1);
  if (last) return fixer.insertTextAfter(last, `, ${padded}`);
  const closing = sourceCode.getLastToken(call)!;
  return fixer.insertTextBefore(closing, padded);
}
