import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { importSource, isModule, originOf } from './client-origin';
import { propertyName, unwrap } from './option-keys';

/** A client object made in this file, with the options it was made with (they may already bound every call). */
export type ClientInstance =
  | { kind: 'axios'; config: TSESTree.Node | undefined }
  | { kind: 'got'; config: TSESTree.Node | undefined }
  | { kind: 'undici'; options: TSESTree.Node | undefined }
  | { kind: 'grpc' };

const UNDICI_DISPATCHERS = new Set(['Pool', 'Client', 'Agent', 'BalancedPool', 'RetryAgent']);
// `new GreeterClient(addr, grpc.credentials.createInsecure())`: the second argument gives a gRPC client away.
const CREDENTIALS = /credentials|Credentials|createInsecure|createSsl|^creds?$/;
// Other grpc-js objects built from credentials, whose methods are not RPCs (grpc-js's own `new InternalChannel(…)`).
const NOT_A_CLIENT = /Channel|Server|Transport|Resolver|Balancer|Agent|Credentials/;

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return propertyName(callee);
  return undefined;
}

/** Is `node` the `lib` module object itself (`axios`, `undici`) as imported in this file? */
function isModuleRef(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, lib: 'axios' | 'got' | 'undici'): boolean {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.Identifier && isModule(originOf(sourceCode, n), lib);
}

/**
 * Classifies the expression a client variable or class field is initialised with: `axios.create(…)`,
 * `got.extend(…)`, `new Pool(…)` from undici, or a gRPC client `new XClient(addr, credentials…)`.
 */
export function classifyInstance(
  sourceCode: Readonly<TSESLint.SourceCode>,
  init: TSESTree.Node,
  fileUsesGrpc: boolean,
): ClientInstance | undefined {
  const node = unwrap(init);
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = propertyName(node.callee);
    if (method === 'create' && isModuleRef(sourceCode, node.callee.object, 'axios')) return { kind: 'axios', config: node.arguments[0] };
    if (method === 'extend' && isModuleRef(sourceCode, node.callee.object, 'got')) return { kind: 'got', config: node.arguments[0] };
    return undefined;
  }
  if (node.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const name = calleeName(node.callee);
  if (!name) return undefined;
  if (UNDICI_DISPATCHERS.has(name)) {
    const fromUndici =
      node.callee.type === AST_NODE_TYPES.Identifier
        ? (() => {
            const o = originOf(sourceCode, node.callee);
            return o.kind === 'module' && o.lib === 'undici';
          })()
        : node.callee.type === AST_NODE_TYPES.MemberExpression && isModuleRef(sourceCode, node.callee.object, 'undici');
    if (fromUndici) return { kind: 'undici', options: name === 'Agent' || name === 'RetryAgent' ? node.arguments[0] : node.arguments[1] };
  }
  const creds = node.arguments[1];
  if (!creds || NOT_A_CLIENT.test(name)) return undefined;
  if (CREDENTIALS.test(sourceCode.getText(creds))) return { kind: 'grpc' };
  if (fileUsesGrpc && name.endsWith('Client') && looksLikeGrpcStub(sourceCode, node)) return { kind: 'grpc' };
  return undefined;
}

// Where generated gRPC stubs come from: this project's own files, or a package of protos or stubs.
const STUB_SOURCE = /^[./]|grpc|proto|_pb\b|\bpb\b/i;

/**
 * In a file that uses gRPC, `new XClient(address, creds)` is a generated stub when its arguments have a stub's
 * shape (an address, then credentials: neither an options object nor a literal) and it does not come from another
 * library: `new MongoClient(url, { maxPoolSize: 10 })` or `new MongoClient(url, options)` from 'mongodb' is not.
 */
function looksLikeGrpcStub(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression): boolean {
  const [address, creds] = node.arguments;
  if (address?.type === AST_NODE_TYPES.ObjectExpression) return false;
  const credsShape = creds && unwrap(creds).type;
  if (credsShape === AST_NODE_TYPES.ObjectExpression || credsShape === AST_NODE_TYPES.ArrayExpression || credsShape === AST_NODE_TYPES.Literal) return false;
  const root = node.callee.type === AST_NODE_TYPES.MemberExpression ? node.callee.object : node.callee;
  const source = root.type === AST_NODE_TYPES.Identifier ? importSource(sourceCode, root) : undefined;
  return source === undefined || STUB_SOURCE.test(source);
}
