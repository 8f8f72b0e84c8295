import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { classifyCacheCall, hasNx, importsCacheClient, isCacheMethodName } from './cache/cache-calls';
import { ClientDeclarations } from './cache/client-declarations';
import { mayReach } from './cache/control-flow-reach';
import { carriesWrittenData, namesIn, statementOf } from './cache/data-relation';
import { isDbWriteCall, isDbWriteMethodName, isDbWriteTaggedTemplate, isEntityInit } from './cache/db-write-calls';
import { isDelayedDeleteCall, mayBeDelayedDelete } from './cache/delayed-delete';
import { isStateKey } from './cache/non-cache-keys';
import { calleeName, describeCallee } from './cache/receiver-names';
import { receiverTypeName } from './cache/receiver-type';
import { setToDelete } from './cache/set-to-delete-fix';
import { type FlowEvent, type FunctionNode, WriteFlow, functionName, insideWriteThrough, isWriteThroughName, joinsEnclosingFlow } from './cache/write-flow';

type Node = TSESTree.Node;
export type MessageIds = 'updateThenSet' | 'deleteThenUpdate' | 'replaceSetWithDelete';
export type Options = [{ cacheClients?: string[]; dbClients?: string[] }];

const IN_MEMORY_TYPES = new Set(['Map', 'WeakMap', 'Set', 'WeakSet', 'LRUCache', 'QuickLRU', 'NodeCache', 'TTLCache', 'CacheableMemory']);

/** Where to report a cache call: its start, or the method name when it continues a multi-line chain (`.set(…)` of a pipeline). */
function reportLoc(call: TSESTree.CallExpression): TSESTree.SourceLocation {
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && callee.object.type === 'CallExpression' && callee.property.loc.start.line !== call.loc.start.line) {
    return { start: callee.property.loc.start, end: call.loc.end };
  }
  return call.loc;
}

export const cacheInvalidateAfterWrite = createRule<Options, MessageIds>({
  name: 'cache-invalidate-after-write',
  meta: {
    type: 'problem',
    docs: {
      description: 'Invalidate a cache after a database write: delete the key after the write, never set it, never delete it before',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      updateThenSet:
        '`{{cache}}` writes the new value into the cache after the database write `{{write}}` (line {{line}}). Two concurrent writers can update the cache in the opposite order to the database and leave the older value cached. Delete the key instead and let the next read refill it.',
      deleteThenUpdate:
        '`{{cache}}` deletes the cache before the database write `{{write}}` (line {{line}}). A concurrent read can miss, read the old row and cache it again before the write lands. Delete after the write (or add a delayed second delete after it).',
      replaceSetWithDelete: 'Delete the key instead: `{{replacement}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          cacheClients: { type: 'array', items: { type: 'string' }, description: 'Extra receiver names that are shared cache clients.' },
          dbClients: { type: 'array', items: { type: 'string' }, description: 'Extra receiver names that are database clients.' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
    const extraCache = new Set((options.cacheClients ?? []).map((s) => s.toLowerCase()));
    const extraDb = new Set((options.dbClients ?? []).map((s) => s.toLowerCase()));
    const declarations = new ClientDeclarations();
    const flows: WriteFlow[] = [];
    const stack: WriteFlow[] = [];
    let importsCache = false;

    /** The initializer of the variable an identifier refers to, if it is a plain `const x = …`. */
    const resolve = (id: TSESTree.Identifier): Node | undefined => {
      const variable = ASTUtils.findVariable(sourceCode.getScope(id), id.name);
      const def = variable?.defs[variable.defs.length - 1];
      return def && def.node.type === 'VariableDeclarator' && def.node.init ? def.node.init : undefined;
    };
    const entityVar = (id: TSESTree.Identifier): boolean => isEntityInit(resolve(id));
    const declaredKind = (receiver: Node) => declarations.kindOf(receiver);
    const text = (n: Node): string => sourceCode.getText(n);
    const keyText = (e: FlowEvent): string | null => {
      const first = (e.node as TSESTree.CallExpression).arguments?.[0];
      return first ? text(first).replace(/\s+/g, '') : null;
    };

    function enterFunction(fn: FunctionNode): void {
      for (const p of fn.params) declarations.onParameter(p);
      const top = stack[stack.length - 1];
      if (top && joinsEnclosingFlow(fn, top.root.type === 'Program')) {
        stack.push(top);
        const call = fn.parent;
        // `.then((user) => …)`: the parameter carries what the chain before it produced.
        if (call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && fn.params.length > 0) {
          const names = [...namesIn(fn.params[0]!, keys)];
          top.bindings.push({ names, init: call.callee.object, start: fn.range[0], end: fn.range[0] });
        }
        return;
      }
      const flow = new WriteFlow(fn, isWriteThroughName(functionName(fn)));
      flows.push(flow);
      stack.push(flow);
    }

    function onCall(node: TSESTree.CallExpression): void {
      const flow = stack[stack.length - 1];
      if (!flow) return;
      const callee = node.callee;
      const name = calleeName(callee);
      if (!name) return;
      if (name === 'require' && node.arguments[0]?.type === 'Literal' && typeof node.arguments[0].value === 'string') {
        importsCache ||= importsCacheClient(node.arguments[0].value);
        return;
      }
      const pos = callee.type === 'MemberExpression' ? callee.property.range[0] : callee.range[0];
      if (isCacheMethodName(name)) {
        const cache = classifyCacheCall(node, name, declarations, extraCache, importsCache);
        if (cache) {
          const typeName = receiverTypeName(context, cache.receiver);
          if (!typeName || !IN_MEMORY_TYPES.has(typeName)) flow.events.push({ kind: cache.op, node, pos, cache });
          return;
        }
      }
      if (isDbWriteMethodName(name) && isDbWriteCall(node, name, resolve, entityVar, extraDb, declaredKind)) {
        flow.events.push({ kind: 'write', node, pos });
        return;
      }
      if (mayBeDelayedDelete(name) && isDelayedDeleteCall(node, name)) flow.events.push({ kind: 'delayedDel', node, pos });
    }

    function bind(names: string[], init: Node, at: Node): void {
      const flow = stack[stack.length - 1];
      if (flow && names.length > 0) flow.bindings.push({ names, init, start: at.range[0], end: at.range[1] });
    }

    function analyse(flow: WriteFlow): void {
      const events = flow.events.sort((a, b) => a.pos - b.pos);
      const writes = events.filter((e) => e.kind === 'write');
      if (writes.length === 0) return;
      const writeNames = new Map<FlowEvent, Set<string>>();
      const namesOfWrite = (w: FlowEvent): Set<string> => {
        let names = writeNames.get(w);
        if (!names) writeNames.set(w, (names = namesIn(statementOf(w.node), keys)));
        return names;
      };
      for (const ev of events) {
        if (ev.kind !== 'set' && ev.kind !== 'del') continue;
        const call = ev.node as TSESTree.CallExpression;
        if (flow.writeThrough || insideWriteThrough(ev, flow.root)) continue;
        if (isStateKey(call.arguments[0] as Node | undefined, resolve)) continue;
        if (ev.kind === 'set') reportSet(flow, events, writes, ev, call, namesOfWrite);
        else reportEarlyDelete(events, writes, ev, call);
      }
    }

    function reportSet(
      flow: WriteFlow,
      events: FlowEvent[],
      writes: FlowEvent[],
      ev: FlowEvent,
      call: TSESTree.CallExpression,
      namesOfWrite: (w: FlowEvent) => Set<string>,
    ): void {
      if (hasNx(call)) return;
      const key = keyText(ev);
      const method = ev.cache!.method;
      const values = (method === 'mset' || method === 'mSet' ? call.arguments : call.arguments.slice(1)) as Node[];
      for (let i = writes.length - 1; i >= 0; i--) {
        const w = writes[i]!;
        if (w.pos >= ev.pos || !mayReach(w.node, call)) continue;
        // A read of the same key after the write makes the set a read-path fill (get → miss → load → set).
        if (events.some((g) => g.kind === 'get' && g.pos > w.pos && g.pos < ev.pos && keyText(g) === key)) continue;
        if (!carriesWrittenData(w.pos, values, ev.pos, flow.bindings, keys, namesOfWrite(w))) continue;
        const fix = setToDelete(call, ev.cache!, text);
        const receiver = describeCallee(ev.cache!.receiver);
        context.report({
          node: call,
          loc: reportLoc(call),
          messageId: 'updateThenSet',
          data: { cache: describeCallee(call.callee), write: describeWrite(w), line: w.node.loc.start.line },
          suggest: fix
            ? [
                {
                  messageId: 'replaceSetWithDelete',
                  data: { replacement: `${receiver}.${fix.text}` },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(fix.range, fix.text),
                },
              ]
            : [],
        });
        return;
      }
    }

    function reportEarlyDelete(events: FlowEvent[], writes: FlowEvent[], ev: FlowEvent, call: TSESTree.CallExpression): void {
      const w = writes.find((x) => x.pos > ev.pos && mayReach(call, x.node));
      if (!w) return;
      // A second delete after the write (immediate, after a sleep, in a timer or a queue job) clears a refill.
      if (events.some((e) => (e.kind === 'del' || e.kind === 'delayedDel') && e.pos > w.pos)) return;
      context.report({
        node: call,
        loc: reportLoc(call),
        messageId: 'deleteThenUpdate',
        data: { cache: describeCallee(call.callee), write: describeWrite(w), line: w.node.loc.start.line },
      });
    }

    function describeWrite(w: FlowEvent): string {
      return w.node.type === 'TaggedTemplateExpression' ? describeCallee(w.node.tag) : describeCallee(w.node.callee);
    }

    return {
      Program(node) {
        const flow = new WriteFlow(node, false);
        flows.push(flow);
        stack.push(flow);
      },
      ImportDeclaration(node) {
        importsCache ||= importsCacheClient(node.source.value);
      },
      FunctionDeclaration: enterFunction,
      FunctionExpression: enterFunction,
      ArrowFunctionExpression: enterFunction,
      'FunctionDeclaration:exit': () => void stack.pop(),
      'FunctionExpression:exit': () => void stack.pop(),
      'ArrowFunctionExpression:exit': () => void stack.pop(),
      PropertyDefinition: (node) => declarations.onPropertyDefinition(node),
      VariableDeclarator(node) {
        declarations.onVariableDeclarator(node);
        if (node.init) bind([...namesIn(node.id, keys)], node.init, node);
      },
      AssignmentExpression(node) {
        declarations.onAssignment(node);
        if (node.left.type === 'Identifier' || node.left.type === 'MemberExpression') bind([...namesIn(node.left, keys)], node.right, node);
      },
      CallExpression: onCall,
      TaggedTemplateExpression(node) {
        const flow = stack[stack.length - 1];
        if (flow && isDbWriteTaggedTemplate(node)) flow.events.push({ kind: 'write', node, pos: node.quasi.range[0] });
      },
      'Program:exit'() {
        for (const flow of flows) analyse(flow);
      },
    };
  },
});
export default cacheInvalidateAfterWrite;
