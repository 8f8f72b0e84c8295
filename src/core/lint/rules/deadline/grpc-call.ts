import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { addOptionsArgument, insertProperty, isCallbackArg } from './add-option';
import type { DeadlineCheck } from './deadline-check';
import { isTypedGrpcClient } from './grpc-client-type';
import { keyState, resolveVariable, unwrap, variableInit } from './option-keys';

// Methods every gRPC client has that are not RPCs (and the generic make*Request, whose options sit elsewhere).
const GRPC_NOT_RPC = new Set([
  'close', 'getChannel', 'waitForReady', 'makeUnaryRequest', 'makeClientStreamRequest', 'makeServerStreamRequest',
  'makeBidiStreamRequest', 'bind', 'call', 'apply', 'toString', 'then', 'catch', 'on', 'once', 'emit',
]);
const DEADLINE = new Set(['deadline']);
// With type information, only objects named like a client are asked for their type (it is the costly part).
const TYPED_CLIENT_NAME = /client|stub/i;

/** True when `method` of a gRPC client can be an RPC (not `close`, `waitForReady`, `makeUnaryRequest`, …). */
export function isRpcName(method: string): boolean {
  return !GRPC_NOT_RPC.has(method);
}

/**
 * True when `object.method(…)` is an RPC on an object the type checker knows as a grpc-js client, made elsewhere
 * (`constructor(private orders: OrdersClient)`). Always false without type information.
 */
export function isTypedGrpcRpc(check: DeadlineCheck, object: TSESTree.Node, method: string): boolean {
  const typed = !!check.sourceCode.parserServices?.program;
  return isRpcName(method) && typed && TYPED_CLIENT_NAME.test(check.sourceCode.getText(object)) && isTypedGrpcClient(check.context, object);
}

/** True for a `Metadata` argument (`new grpc.Metadata()`, or a variable named or made like one). */
function isMetadata(check: DeadlineCheck, arg: TSESTree.Node): boolean {
  const n = unwrap(arg);
  if (n.type === AST_NODE_TYPES.NewExpression) return /Metadata$/.test(check.sourceCode.getText(n.callee));
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  if (/^(md|meta|metadata)$|Metadata$/i.test(n.name)) return true;
  const v = resolveVariable(check.sourceCode, n);
  const init = v && variableInit(v);
  return !!init && isMetadata(check, init);
}

/**
 * Checks a gRPC call `client.rpc(request?, metadata?, options?, callback?)`: some argument after the request must
 * carry a `deadline`. The suggestion adds it to the options object, or adds one before the callback.
 */
export function checkGrpc(check: DeadlineCheck, call: TSESTree.CallExpression): void {
  const { sourceCode, ms } = check;
  const args = call.arguments;
  let options: TSESTree.ObjectExpression | undefined;
  for (const [i, arg] of args.entries()) {
    const state = keyState(sourceCode, arg, DEADLINE);
    if (state === 'present') return;
    if (i === 0 || isCallbackArg(arg) || isMetadata(check, arg)) continue;
    if (state === 'unknown') return;
    const n = unwrap(arg);
    if (n.type === AST_NODE_TYPES.ObjectExpression) options = n;
  }
  const prop = `deadline: Date.now() + ${ms}`;
  const last = args.at(-1);
  const index = last && isCallbackArg(last) ? args.length - 1 : args.length;
  const found = options;
  check.report(call, 'grpcWithoutDeadline', [
    {
      messageId: 'addDeadline',
      data: { ms },
      fix: (fixer) => (found ? insertProperty(fixer, sourceCode, found, prop) : addOptionsArgument(fixer, sourceCode, call, index, prop)),
    },
  ]);
}
