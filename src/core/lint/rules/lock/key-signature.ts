import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { stringValue } from './redis-call-shapes';

/**
 * A Redis key reduced to a shape two calls can be compared by: `lock:${}` for both
 * `` `lock:${orderId}` `` and `'lock:' + id`, the initializer's shape for a `const`, `param:key` for a parameter.
 */
export interface KeySignature {
  text: string;
  /** The key is a function parameter: only comparable within related functions. */
  param: boolean;
  /** Everything the key's spelling says (source, resolved constants, variable names), for the lock-word test. */
  words: string;
  /** For a parameter: the variable itself, so two uses of one parameter always match. */
  variable?: TSESLint.Scope.Variable;
}

const MAX_DEPTH = 4;

/** Resolves identifiers and computes key signatures, memoised per node. */
export class KeyResolver {
  private readonly cache = new Map<TSESTree.Node, KeySignature>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** Source text of a node. */
  text(node: TSESTree.Node): string {
    return this.sourceCode.getText(node);
  }

  /** The variable an identifier refers to, found from the identifier's own scope. */
  variableOf(id: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return ASTUtils.findVariable(this.sourceCode.getScope(id), id) ?? undefined;
  }

  /** The initializer of a variable that is written once (`const` or a never-reassigned `let`). */
  resolveInit = (id: TSESTree.Identifier): TSESTree.Node | undefined => {
    const variable = this.variableOf(id);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Variable' || def.node.init == null || def.node.id.type !== T.Identifier) return undefined;
    if (variable.references.filter((r) => r.isWrite()).length > 1) return undefined;
    return def.node.init;
  };

  /** The signature of a key expression. */
  signature(node: TSESTree.Node): KeySignature {
    const cached = this.cache.get(node);
    if (cached) return cached;
    const sig = this.compute(node, 0);
    this.cache.set(node, sig);
    return sig;
  }

  private compute(node: TSESTree.Node, depth: number): KeySignature {
    const text = this.sourceCode.getText(node);
    switch (node.type) {
      case T.TSAsExpression:
      case T.TSNonNullExpression:
      case T.TSSatisfiesExpression:
        return this.compute(node.expression, depth);
      case T.Identifier: {
        const variable = this.variableOf(node);
        const def = variable?.defs[0];
        if (def?.type === 'Parameter') return { text: `param:${node.name}`, param: true, words: node.name, variable };
        const init = depth < MAX_DEPTH ? this.resolveInit(node) : undefined;
        if (init) {
          const inner = this.compute(init, depth + 1);
          return { ...inner, words: `${node.name} ${inner.words}` };
        }
        return { text: `id:${node.name}`, param: false, words: node.name };
      }
      case T.Literal:
      case T.TemplateLiteral:
      case T.BinaryExpression: {
        const shape = this.stringShape(node, depth);
        // A shape with no fixed letters (`${prefix}${id}`) says too little: compare the spelling instead.
        const telling = shape !== undefined && /[a-z0-9]/i.test(shape.replaceAll('${}', ''));
        if (shape !== undefined && telling) return { text: shape, param: false, words: `${shape} ${text}` };
        break;
      }
      case T.CallExpression:
        // `keys.lock(id)` and `keys.lock(orderId)`: the same key builder, whatever the argument is called.
        return { text: `${this.sourceCode.getText(node.callee).replace(/\s+/g, '')}()`, param: false, words: text };
      default:
        break;
    }
    const compact = text.replace(/\s+/g, '');
    return { text: compact, param: false, words: text };
  }

  /** The static shape of a string-building expression, holes written `${}`; undefined when not a string. */
  private stringShape(node: TSESTree.Node, depth: number): string | undefined {
    const literal = stringValue(node);
    if (literal !== undefined) return literal;
    if (node.type === T.Literal) return typeof node.value === 'number' ? String(node.value) : undefined;
    if (node.type === T.TemplateLiteral) {
      let out = node.quasis[0]?.value.cooked ?? '';
      node.expressions.forEach((expr, i) => {
        out += this.hole(expr, depth) + (node.quasis[i + 1]?.value.cooked ?? '');
      });
      return out;
    }
    if (node.type === T.BinaryExpression && node.operator === '+') {
      const left = this.stringShape(node.left, depth) ?? this.hole(node.left, depth);
      const right = this.stringShape(node.right, depth) ?? this.hole(node.right, depth);
      return left + right;
    }
    return undefined;
  }

  /** A template hole: a constant string is inlined (`${LOCK_PREFIX}` → `lock:`), anything else becomes `${}`. */
  private hole(expr: TSESTree.Node, depth: number): string {
    if (expr.type === T.Identifier && depth < MAX_DEPTH) {
      const init = this.resolveInit(expr);
      const inlined = init ? this.stringShape(init, depth + 1) : undefined;
      if (inlined !== undefined) return inlined;
    }
    return '${}';
  }
}
