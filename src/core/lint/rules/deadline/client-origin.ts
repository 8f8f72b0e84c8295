import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, resolveVariable, unwrap, variableInit } from './option-keys';

/** The HTTP/RPC client libraries the deadline rule knows. */
export type ClientLib = 'axios' | 'got' | 'undici' | 'node-fetch' | 'http' | 'grpc';

const MODULE_LIB: Record<string, ClientLib> = {
  axios: 'axios',
  got: 'got',
  undici: 'undici',
  'node-fetch': 'node-fetch',
  'cross-fetch': 'node-fetch',
  http: 'http',
  https: 'http',
  'node:http': 'http',
  'node:https': 'http',
  '@grpc/grpc-js': 'grpc',
  grpc: 'grpc',
};

/** Where a name comes from: one of the known libraries, a global, or something declared in this file. */
export type Origin =
  | { kind: 'module'; lib: ClientLib; imported: string }
  | { kind: 'global' }
  | { kind: 'local'; init?: TSESTree.Expression };

/** The module a `require('x')` / `require('x').default` / `await import('x')` expression loads. */
function requiredModule(expr: TSESTree.Node): string | undefined {
  let node = unwrap(expr);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrap(node.argument);
  if (node.type === AST_NODE_TYPES.MemberExpression && propertyName(node) === 'default') node = unwrap(node.object);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrap(node.argument);
  if (node.type === AST_NODE_TYPES.ImportExpression) {
    return node.source.type === AST_NODE_TYPES.Literal && typeof node.source.value === 'string' ? node.source.value : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

/** What a definition of a variable binds, if it is an import or require of a known library. */
function moduleOrigin(def: TSESLint.Scope.Definition, name: string): Origin | undefined {
  if (def.type === 'ImportBinding') {
    const node = def.node;
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const ref = node.moduleReference;
      const mod = ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal ? ref.expression.value : '';
      const lib = MODULE_LIB[String(mod)];
      return lib ? { kind: 'module', lib, imported: '*' } : undefined;
    }
    const decl = def.parent as TSESTree.ImportDeclaration;
    const lib = MODULE_LIB[decl.source.value];
    if (!lib) return undefined;
    if (node.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : String(node.imported.value);
      // got also exports itself by name (`import { got } from 'got'`).
      return { kind: 'module', lib, imported: imported === 'default' || (lib === 'got' && imported === 'got') ? '*' : imported };
    }
    return { kind: 'module', lib, imported: '*' };
  }
  if (def.type !== 'Variable' || !def.node.init) return undefined;
  const mod = requiredModule(def.node.init);
  const lib = mod === undefined ? undefined : MODULE_LIB[mod];
  if (!lib) return undefined;
  if (def.node.id.type === AST_NODE_TYPES.Identifier) return { kind: 'module', lib, imported: '*' };
  if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const prop of def.node.id.properties) {
      if (prop.type === AST_NODE_TYPES.Property && prop.value.type === AST_NODE_TYPES.Identifier && prop.value.name === name) {
        return { kind: 'module', lib, imported: propertyName(prop) ?? name };
      }
    }
  }
  return undefined;
}

/** Resolves an identifier to where it comes from, through the scope it is used in. */
export function originOf(sourceCode: Readonly<TSESLint.SourceCode>, id: TSESTree.Identifier): Origin {
  const variable = resolveVariable(sourceCode, id);
  // Globals that are only declared by lib.d.ts (fetch, axios from a <script>) have no definition here.
  if (!variable || variable.defs.length === 0) return { kind: 'global' };
  const def = variable.defs[0]!;
  return moduleOrigin(def, id.name) ?? { kind: 'local', init: variableInit(variable) };
}

/** True when `id` names the module object of `lib` (`axios`, `http`, `undici` namespace, `got`). */
export function isModule(origin: Origin, lib: ClientLib): boolean {
  return origin.kind === 'module' && origin.lib === lib && origin.imported === '*';
}

/**
 * The module specifier `id` is imported or required from (`import { MongoClient } from 'mongodb'` → `mongodb`), or
 * undefined when it is declared in this file or a global.
 */
export function importSource(sourceCode: Readonly<TSESLint.SourceCode>, id: TSESTree.Identifier): string | undefined {
  const def = resolveVariable(sourceCode, id)?.defs[0];
  if (!def) return undefined;
  if (def.type === 'ImportBinding') {
    const node = def.node;
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const ref = node.moduleReference;
      return ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal ? String(ref.expression.value) : undefined;
    }
    return (def.parent as TSESTree.ImportDeclaration).source.value;
  }
  if (def.type === 'Variable' && def.node.init) {
    const init = unwrap(def.node.init);
    return requiredModule(init.type === AST_NODE_TYPES.MemberExpression ? init.object : init);
  }
  return undefined;
}
