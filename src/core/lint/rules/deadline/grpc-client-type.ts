import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

const MAX_BASES = 6;

/** True when `type` is, or extends, the `Client` class declared by @grpc/grpc-js. */
function extendsGrpcClient(type: ts.Type, depth: number): boolean {
  if (depth > MAX_BASES) return false;
  const symbol = type.getSymbol();
  if (symbol?.getName() === 'Client' && symbol.declarations?.some((d) => d.getSourceFile().fileName.includes('@grpc/grpc-js'))) {
    return true;
  }
  return (type.getBaseTypes() ?? []).some((base) => extendsGrpcClient(base, depth + 1));
}

/**
 * With type information (a `parserOptions.project`), tells whether `object` is typed as a grpc-js client even when it
 * was made elsewhere (`constructor(private orders: OrdersClient)`). Without types it answers false and costs nothing.
 */
export function isTypedGrpcClient(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, object: TSESTree.Node): boolean {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return false;
  const checker = services.program.getTypeChecker();
  return extendsGrpcClient(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(object)), 0);
}
