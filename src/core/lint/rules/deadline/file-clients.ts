import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { classifyInstance, type ClientInstance } from './client-instance';
import { originOf } from './client-origin';
import { GLOBAL_OBJECTS } from './fetch-call';
import { propertyName, unwrap } from './option-keys';

/** Initialisers that can bind a client: `require(…)`, `import(…)`, `x.create(…)`, `x.extend(…)`, `new X(…)`. */
function mayMakeClient(init: TSESTree.Node): boolean {
  let n = unwrap(init);
  if (n.type === AST_NODE_TYPES.AwaitExpression) n = unwrap(n.argument);
  if (n.type === AST_NODE_TYPES.MemberExpression) n = unwrap(n.object); // require('axios').default
  if (n.type === AST_NODE_TYPES.NewExpression || n.type === AST_NODE_TYPES.ImportExpression) return true;
  if (n.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = n.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'require';
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
  return method === 'create' || method === 'extend';
}

/**
 * What one file says about its HTTP/RPC clients, gathered while ESLint walks it and read once the walk is over:
 * which names can be a client, how class fields are initialised, which clients are bounded file-wide, and whether
 * the file uses gRPC at all.
 */
export class FileClients {
  // Names that can be a client here (imports of known libraries, variables made by a call or `new`): the
  // cheap test every call passes before any scope lookup.
  private readonly names = new Set<string>(['fetch', 'axios', ...GLOBAL_OBJECTS]);
  // `this.api = axios.create()` / `private api = axios.create()`: class fields are looked up by `this.<name>`.
  private readonly fieldInits = new Map<string, TSESTree.Node>();
  // Clients whose every call is bounded by `defaults.timeout = …` or an interceptor that sets `config.timeout`.
  private readonly boundedClients = new Set<string>();
  private usesGrpc = false;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** Records an `import` (its names, and whether it brings in gRPC). */
  noteImport(node: TSESTree.ImportDeclaration): void {
    if (node.source.value.includes('grpc')) this.usesGrpc = true;
    for (const spec of node.specifiers) this.names.add(spec.local.name);
  }

  /** Records the name bound by `import x = require('…')`. */
  noteImportEquals(node: TSESTree.TSImportEqualsDeclaration): void {
    this.names.add(node.id.name);
  }

  /** Records the names a variable declaration binds, when its initialiser can make a client. */
  noteDeclarator(node: TSESTree.VariableDeclarator): void {
    if (!node.init || !mayMakeClient(node.init)) return;
    if (node.id.type === AST_NODE_TYPES.Identifier) this.names.add(node.id.name);
    else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const p of node.id.properties) if (p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier) this.names.add(p.value.name);
    }
  }

  /** Records a `require('…grpc…')`. */
  noteCall(node: TSESTree.CallExpression): void {
    if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
      const arg = node.arguments[0];
      if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string' && arg.value.includes('grpc')) this.usesGrpc = true;
    }
  }

  /** Records a class field's initialiser (`private http = axios.create(…)`). */
  noteField(node: TSESTree.PropertyDefinition): void {
    const name = node.value && !node.computed && node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : undefined;
    if (name && node.value) this.fieldInits.set(`this.${name}`, node.value);
  }

  /** Records `this.x = …`, and `….timeout = …` / `….signal = …` that bound a client file-wide (not `= 0`). */
  noteAssignment(node: TSESTree.AssignmentExpression): void {
    if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = propertyName(node.left);
    if (node.left.object.type === AST_NODE_TYPES.ThisExpression && name) this.fieldInits.set(`this.${name}`, node.right);
    if ((name === 'timeout' || name === 'signal') && !(unwrap(node.right).type === AST_NODE_TYPES.Literal && (unwrap(node.right) as TSESTree.Literal).value === 0)) {
      this.recordBoundingAssignment(node.left, node);
    }
  }

  /** Records `x.defaults.timeout = …` and `config.timeout = …` inside `x.interceptors.request.use(…)`. */
  private recordBoundingAssignment(left: TSESTree.MemberExpression, node: TSESTree.AssignmentExpression): void {
    const object = unwrap(left.object);
    if (object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'defaults') {
      this.boundedClients.add(this.clientKey(object.object));
      return;
    }
    for (let p: TSESTree.Node | undefined = node.parent; p && p.type !== AST_NODE_TYPES.Program; p = p.parent) {
      if (p.type !== AST_NODE_TYPES.CallExpression || p.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
      const use = p.callee;
      const request = unwrap(use.object);
      if (propertyName(use) !== 'use' || request.type !== AST_NODE_TYPES.MemberExpression || propertyName(request) !== 'request') continue;
      const interceptors = unwrap(request.object);
      if (interceptors.type === AST_NODE_TYPES.MemberExpression && propertyName(interceptors) === 'interceptors') {
        this.boundedClients.add(this.clientKey(interceptors.object));
        return;
      }
    }
  }

  /** A stable name for a client expression: `api`, `this.api`, or `module:axios` for the library itself. */
  clientKey(node: TSESTree.Node): string {
    const n = unwrap(node);
    if (n.type === AST_NODE_TYPES.Identifier) {
      const o = originOf(this.sourceCode, n);
      return o.kind === 'module' ? `module:${o.lib}` : n.name;
    }
    if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.ThisExpression) return `this.${propertyName(n) ?? ''}`;
    return this.sourceCode.getText(n);
  }

  /** True when the client under `key` (see `clientKey`) has its timeout set file-wide. */
  isBounded(key: string): boolean {
    return this.boundedClients.has(key);
  }

  /** True when the file imports or requires a gRPC package. */
  get fileUsesGrpc(): boolean {
    return this.usesGrpc;
  }

  /** True when `name` (a bare name, or `this.<field>`) may hold a client: the cheap test before any scope lookup. */
  mayBeClient(name: string): boolean {
    return this.names.has(name) || this.fieldInits.has(name);
  }

  /** True when `name` was bound by an import or a client-making initialiser. */
  isCandidateName(name: string): boolean {
    return this.names.has(name);
  }

  /** The client a variable or `this.<field>` holds, if it was made in this file. */
  instanceOf(node: TSESTree.Node): ClientInstance | undefined {
    const n = unwrap(node);
    let init: TSESTree.Node | undefined;
    if (n.type === AST_NODE_TYPES.Identifier) {
      const o = originOf(this.sourceCode, n);
      init = o.kind === 'local' ? o.init : undefined;
    } else if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.ThisExpression) {
      init = this.fieldInits.get(`this.${propertyName(n) ?? ''}`);
    }
    return init && classifyInstance(this.sourceCode, init, this.usesGrpc);
  }
}
