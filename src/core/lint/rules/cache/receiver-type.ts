import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The declared type name of a receiver when the file was parsed with type information (`Map`, `Redis`,
 * `Cache`), or null without it. Only asked for calls that already look like cache operations.
 */
export function receiverTypeName(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, node: TSESTree.Node): string | null {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return null;
  try {
    const checker = services.program.getTypeChecker();
    const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    return (type.aliasSymbol ?? type.getSymbol())?.getName() ?? null;
  } catch {
    return null;
  }
}
