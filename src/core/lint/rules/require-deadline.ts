import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { addOptionsArgument, insertProperty, isCallbackArg, spreadWithProperty } from './deadline/add-option';
import { classifyInstance, type ClientInstance } from './deadline/client-instance';
import { originOf, type Origin } from './deadline/client-origin';
import { isTypedGrpcClient } from './deadline/grpc-client-type';
import { keyState, objectLiteral, propertyName, resolveVariable, unwrap, variableInit, type KeyState } from './deadline/option-keys';
import { boundedByWrapper } from './deadline/raced-call';
import { returnedRequestHasTimeout } from './deadline/request-set-timeout';

type MessageIds =
  | 'fetchWithoutSignal'
  | 'fetchTimeoutIgnored'
  | 'axiosWithoutTimeout'
  | 'gotWithoutTimeout'
  | 'httpWithoutTimeout'
  | 'undiciWithoutTimeout'
  | 'grpcWithoutDeadline'
  | 'addSignal'
  | 'replaceTimeoutWithSignal'
  | 'addTimeout'
  | 'addDeadline';
type Options = [{ defaultTimeoutMs?: number }];

const AXIOS_URL_FIRST = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_WITH_BODY = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const GOT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate']);
// Methods every gRPC client has that are not RPCs (and the generic make*Request, whose options sit elsewhere).
const GRPC_NOT_RPC = new Set([
  'close', 'getChannel', 'waitForReady', 'makeUnaryRequest', 'makeClientStreamRequest', 'makeServerStreamRequest',
  'makeBidiStreamRequest', 'bind', 'call', 'apply', 'toString', 'then', 'catch', 'on', 'once', 'emit',
]);
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
const SIGNAL = new Set(['signal']);
const TIMEOUT = new Set(['timeout']);
const TIMEOUT_OR_SIGNAL = new Set(['timeout', 'signal']);
// axios before 0.22 cancelled through a CancelToken (usually fired by a timer).
const AXIOS_KEYS = new Set(['timeout', 'signal', 'cancelToken']);
const UNDICI_KEYS = new Set(['headersTimeout', 'bodyTimeout', 'signal']);
const DEADLINE = new Set(['deadline']);
// An argument that is a URL rather than an options object (`axios(url)`, `got(\`${base}/x\`)`).
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

// With type information, only objects named like a client are asked for their type (it is the costly part).
const TYPED_CLIENT_NAME = /client|stub/i;
const URL_NAME = /url|uri|endpoint|path|href|link|address|host|route/i;

export default createRule<Options, MessageIds>({
  name: 'require-deadline',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout, abort signal or deadline on outbound HTTP and gRPC calls',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          defaultTimeoutMs: {
            type: 'integer',
            minimum: 1,
            description: 'Milliseconds the suggestions put in the timeout they add.',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      fetchWithoutSignal:
        '`{{callee}}(…)` has no `signal`: fetch never times out on its own, so a stalled server holds this request (and its caller) forever. Pass `signal: AbortSignal.timeout(ms)` or the caller\'s signal.',
      fetchTimeoutIgnored:
        '`{{callee}}(…)` passes `timeout`, but fetch ignores it (node-fetch 3 removed it too), so the request can still wait forever. Use `signal: AbortSignal.timeout(ms)` instead.',
      axiosWithoutTimeout:
        '`{{callee}}(…)` has no `timeout` or `signal`, and axios waits forever by default. Set one here, or once with `axios.create({ timeout })` / `defaults.timeout` in this file.',
      gotWithoutTimeout:
        '`{{callee}}(…)` has no `timeout` or `signal`, and got waits forever by default. Pass `signal: AbortSignal.timeout(ms)` or `timeout: { request: ms }`.',
      httpWithoutTimeout:
        '`{{callee}}(…)` has no `timeout`, `signal` or `.setTimeout(…)`: node:http waits forever on a silent peer. Pass `timeout` (and destroy the request on \'timeout\') or a `signal`.',
      undiciWithoutTimeout:
        '`{{callee}}(…)` sets none of `headersTimeout`, `bodyTimeout` or `signal`, so it waits up to undici\'s 300-second defaults per phase. Pass a `signal` or explicit timeouts.',
      grpcWithoutDeadline:
        'gRPC call `{{callee}}(…)` has no `deadline`: without one it waits forever and the server cannot see how long the caller will wait. Pass `{ deadline }` in the call options.',
      addSignal: 'Add `signal: AbortSignal.timeout({{ms}})`.',
      replaceTimeoutWithSignal: 'Replace `timeout` with `signal: AbortSignal.timeout(…)` using the same value.',
      addTimeout: 'Add `timeout: {{ms}}`.',
      addDeadline: 'Add `deadline: Date.now() + {{ms}}`.',
    },
  },
  defaultOptions: [{ defaultTimeoutMs: 10000 }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const ms = String(options.defaultTimeoutMs ?? 10000);
    const calls: TSESTree.CallExpression[] = [];
    // `this.api = axios.create()` / `private api = axios.create()`: class fields are looked up by `this.<name>`.
    const fieldInits = new Map<string, TSESTree.Node>();
    // Clients whose every call is bounded by `defaults.timeout = …` or an interceptor that sets `config.timeout`.
    const boundedClients = new Set<string>();
    let fileUsesGrpc = false;
    // Names that can be a client here (imports of known libraries, variables made by a call or `new`): the
    // cheap test every call passes before any scope lookup.
    const names = new Set<string>(['fetch', 'axios', ...GLOBAL_OBJECTS]);
    const typed = !!sourceCode.parserServices?.program;

    /** A stable name for a client expression: `api`, `this.api`, or `module:axios` for the library itself. */
    function clientKey(node: TSESTree.Node): string {
      const n = unwrap(node);
      if (n.type === AST_NODE_TYPES.Identifier) {
        const o = originOf(sourceCode, n);
        return o.kind === 'module' ? `module:${o.lib}` : n.name;
      }
      if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.ThisExpression) return `this.${propertyName(n) ?? ''}`;
      return sourceCode.getText(n);
    }

    function instanceOf(node: TSESTree.Node): ClientInstance | undefined {
      const n = unwrap(node);
      let init: TSESTree.Node | undefined;
      if (n.type === AST_NODE_TYPES.Identifier) {
        const o = originOf(sourceCode, n);
        init = o.kind === 'local' ? o.init : undefined;
      } else if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.ThisExpression) {
        init = fieldInits.get(`this.${propertyName(n) ?? ''}`);
      }
      return init && classifyInstance(sourceCode, init, fileUsesGrpc);
    }

    function calleeText(call: TSESTree.CallExpression): string {
      const text = sourceCode.getText(call.callee).replace(/\s+/g, '');
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    }

    function looksLikeUrl(arg: TSESTree.Node): boolean {
      const n = unwrap(arg);
      if (n.type === AST_NODE_TYPES.Literal || n.type === AST_NODE_TYPES.TemplateLiteral || n.type === AST_NODE_TYPES.BinaryExpression) return true;
      if (n.type === AST_NODE_TYPES.NewExpression) return sourceCode.getText(n.callee) === 'URL';
      if (n.type === AST_NODE_TYPES.Identifier) return URL_NAME.test(n.name) && !objectLiteral(sourceCode, n);
      if (n.type === AST_NODE_TYPES.MemberExpression) return URL_NAME.test(propertyName(n) ?? '');
      return false;
    }

    /** The fix that gives the options at `index` a new property, creating the argument if there is none. */
    function addProperty(call: TSESTree.CallExpression, index: number, prop: string) {
      return (fixer: TSESLint.RuleFixer) => {
        const arg = call.arguments[index];
        if (!arg || isCallbackArg(arg)) return addOptionsArgument(fixer, sourceCode, call, index, prop);
        const n = unwrap(arg);
        if (n.type === AST_NODE_TYPES.ObjectExpression) return insertProperty(fixer, sourceCode, n, prop);
        return spreadWithProperty(fixer, sourceCode, arg, prop);
      };
    }

    function report(call: TSESTree.CallExpression, messageId: MessageIds, suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[]) {
      if (boundedByWrapper(sourceCode, call)) return;
      context.report({ node: call, messageId, data: { callee: calleeText(call) }, suggest });
    }

    const signalFix = (call: TSESTree.CallExpression, index: number) => ({
      messageId: 'addSignal' as const,
      data: { ms },
      fix: addProperty(call, index, `signal: AbortSignal.timeout(${ms})`),
    });
    const timeoutFix = (call: TSESTree.CallExpression, index: number) => ({
      messageId: 'addTimeout' as const,
      data: { ms },
      fix: addProperty(call, index, `timeout: ${ms}`),
    });

    function checkFetch(call: TSESTree.CallExpression): void {
      const [input, init] = call.arguments;
      if (!input) return;
      if (keyState(sourceCode, init, SIGNAL) !== 'absent') return;
      // `fetch(new Request(url, { signal }))`
      const request = unwrap(input);
      const requestNew = request.type === AST_NODE_TYPES.Identifier ? (() => {
        const v = resolveVariable(sourceCode, request);
        return v ? variableInit(v) : undefined;
      })() : request;
      // An incoming `Request` forwarded as is carries its own signal.
      if (!init && request.type === AST_NODE_TYPES.Identifier && /^req(uest)?$/i.test(request.name)) return;
      if (requestNew?.type === AST_NODE_TYPES.NewExpression && sourceCode.getText(requestNew.callee) === 'Request') {
        if (keyState(sourceCode, requestNew.arguments[1], SIGNAL) !== 'absent') return;
      }
      if (keyState(sourceCode, init, TIMEOUT) === 'present') {
        const literal = init && unwrap(init);
        const timeoutProp =
          literal?.type === AST_NODE_TYPES.ObjectExpression
            ? literal.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p) === 'timeout' && !p.shorthand)
            : undefined;
        const fix = timeoutProp
          ? {
              messageId: 'replaceTimeoutWithSignal' as const,
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(timeoutProp, `signal: AbortSignal.timeout(${sourceCode.getText(timeoutProp.value)})`),
            }
          : signalFix(call, 1);
        report(call, 'fetchTimeoutIgnored', [fix]);
        return;
      }
      report(call, 'fetchWithoutSignal', [signalFix(call, 1)]);
    }

    /** State of the options of a call whose first argument is either a URL or the options (`got(url, o)` / `got(o)`). */
    function urlOrOptions(call: TSESTree.CallExpression, keys: ReadonlySet<string>, zero: boolean): { state: KeyState; index: number } {
      const [first, second] = call.arguments;
      if (first && !looksLikeUrl(first) && !isCallbackArg(first)) {
        const state = keyState(sourceCode, first, keys, zero);
        if (state !== 'absent' || !second || isCallbackArg(second)) return { state, index: 0 };
      }
      if (second && isCallbackArg(second)) return { state: 'absent', index: 1 };
      return { state: keyState(sourceCode, second, keys, zero), index: 1 };
    }

    function checkAxios(call: TSESTree.CallExpression, method: string | undefined, instance: ClientInstance | undefined, key: string): void {
      if (boundedClients.has('module:axios') || boundedClients.has(key)) return;
      if (instance?.kind === 'axios' && keyState(sourceCode, instance.config, AXIOS_KEYS, true) !== 'absent') return;
      let state: KeyState;
      let index: number;
      if (method === undefined) ({ state, index } = urlOrOptions(call, AXIOS_KEYS, true));
      else {
        index = method === 'request' ? 0 : AXIOS_URL_FIRST.has(method) ? 1 : 2;
        state = keyState(sourceCode, call.arguments[index], AXIOS_KEYS, true);
      }
      if (state !== 'absent') return;
      report(call, 'axiosWithoutTimeout', [timeoutFix(call, index)]);
    }

    function checkGot(call: TSESTree.CallExpression, instance: ClientInstance | undefined, key: string): void {
      if (boundedClients.has(key)) return;
      if (instance?.kind === 'got' && keyState(sourceCode, instance.config, TIMEOUT_OR_SIGNAL) !== 'absent') return;
      const { state, index } = urlOrOptions(call, TIMEOUT_OR_SIGNAL, false);
      if (state === 'absent') report(call, 'gotWithoutTimeout', [signalFix(call, index)]);
    }

    function checkHttp(call: TSESTree.CallExpression): void {
      const { state, index } = urlOrOptions(call, TIMEOUT_OR_SIGNAL, true);
      if (state !== 'absent' || returnedRequestHasTimeout(sourceCode, call)) return;
      report(call, 'httpWithoutTimeout', [timeoutFix(call, index)]);
    }

    function checkUndici(call: TSESTree.CallExpression, index: number, instance: ClientInstance | undefined): void {
      if (instance?.kind === 'undici' && keyState(sourceCode, instance.options, UNDICI_KEYS) !== 'absent') return;
      if (keyState(sourceCode, call.arguments[index], UNDICI_KEYS) !== 'absent') return;
      report(call, 'undiciWithoutTimeout', [signalFix(call, index)]);
    }

    function isMetadata(arg: TSESTree.Node): boolean {
      const n = unwrap(arg);
      if (n.type === AST_NODE_TYPES.NewExpression) return /Metadata$/.test(sourceCode.getText(n.callee));
      if (n.type !== AST_NODE_TYPES.Identifier) return false;
      if (/^(md|meta|metadata)$|Metadata$/i.test(n.name)) return true;
      const v = resolveVariable(sourceCode, n);
      const init = v && variableInit(v);
      return !!init && isMetadata(init);
    }

    function checkGrpc(call: TSESTree.CallExpression): void {
      const args = call.arguments;
      let options: TSESTree.ObjectExpression | undefined;
      for (const [i, arg] of args.entries()) {
        const state = keyState(sourceCode, arg, DEADLINE);
        if (state === 'present') return;
        if (i === 0 || isCallbackArg(arg) || isMetadata(arg)) continue;
        if (state === 'unknown') return;
        const n = unwrap(arg);
        if (n.type === AST_NODE_TYPES.ObjectExpression) options = n;
      }
      const prop = `deadline: Date.now() + ${ms}`;
      const last = args.at(-1);
      const index = last && isCallbackArg(last) ? args.length - 1 : args.length;
      const found = options;
      report(call, 'grpcWithoutDeadline', [
        {
          messageId: 'addDeadline',
          data: { ms },
          fix: (fixer) => (found ? insertProperty(fixer, sourceCode, found, prop) : addOptionsArgument(fixer, sourceCode, call, index, prop)),
        },
      ]);
    }

    function checkIdentifierCall(call: TSESTree.CallExpression, callee: TSESTree.Identifier): void {
      const origin: Origin = originOf(sourceCode, callee);
      if (origin.kind === 'global') {
        if (callee.name === 'fetch') checkFetch(call);
        else if (callee.name === 'axios') checkAxios(call, undefined, undefined, 'axios');
        return;
      }
      if (origin.kind === 'module') {
        const { lib, imported } = origin;
        if ((lib === 'node-fetch' && (imported === '*' || imported === 'fetch')) || (lib === 'undici' && imported === 'fetch')) checkFetch(call);
        else if (lib === 'axios' && imported === '*') checkAxios(call, undefined, undefined, 'module:axios');
        else if (lib === 'got' && (imported === '*' || imported === 'got')) checkGot(call, undefined, 'module:got');
        else if (lib === 'undici' && (imported === 'request' || imported === 'stream')) checkUndici(call, 1, undefined);
        else if (lib === 'http' && (imported === 'request' || imported === 'get')) checkHttp(call);
        return;
      }
      const instance = origin.init && classifyInstance(sourceCode, origin.init, fileUsesGrpc);
      if (instance?.kind === 'axios') checkAxios(call, undefined, instance, callee.name);
      else if (instance?.kind === 'got') checkGot(call, instance, callee.name);
    }

    function checkMemberCall(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
      const method = propertyName(callee);
      if (!method) return;
      const object = unwrap(callee.object);
      if (object.type === AST_NODE_TYPES.Identifier) {
        const origin = originOf(sourceCode, object);
        if (origin.kind === 'global') {
          if (method === 'fetch' && GLOBAL_OBJECTS.has(object.name)) checkFetch(call);
          else if (object.name === 'axios' && (method === 'request' || AXIOS_URL_FIRST.has(method) || AXIOS_WITH_BODY.has(method))) {
            checkAxios(call, method, undefined, 'axios');
          }
          return;
        }
        if (origin.kind === 'module') {
          if (origin.imported !== '*') return;
          if (origin.lib === 'axios' && (method === 'request' || AXIOS_URL_FIRST.has(method) || AXIOS_WITH_BODY.has(method))) {
            checkAxios(call, method, undefined, 'module:axios');
          } else if (origin.lib === 'got' && GOT_METHODS.has(method)) checkGot(call, undefined, 'module:got');
          else if (origin.lib === 'undici' && method === 'fetch') checkFetch(call);
          else if (origin.lib === 'undici' && (method === 'request' || method === 'stream')) checkUndici(call, 1, undefined);
          else if (origin.lib === 'node-fetch' && method === 'default') checkFetch(call);
          else if (origin.lib === 'http' && (method === 'request' || method === 'get')) checkHttp(call);
          return;
        }
      }
      const instance = instanceOf(object);
      if (!instance) {
        if (!GRPC_NOT_RPC.has(method) && typed && TYPED_CLIENT_NAME.test(sourceCode.getText(object)) && isTypedGrpcClient(context, object)) checkGrpc(call);
        return;
      }
      const key = clientKey(object);
      if (instance.kind === 'axios' && (method === 'request' || AXIOS_URL_FIRST.has(method) || AXIOS_WITH_BODY.has(method))) {
        checkAxios(call, method, instance, key);
      } else if (instance.kind === 'got' && GOT_METHODS.has(method)) checkGot(call, instance, key);
      else if (instance.kind === 'undici' && (method === 'request' || method === 'stream')) checkUndici(call, 0, instance);
      else if (instance.kind === 'grpc' && !GRPC_NOT_RPC.has(method)) checkGrpc(call);
    }

    /** Records `x.defaults.timeout = …` and `config.timeout = …` inside `x.interceptors.request.use(…)`. */
    function recordBoundingAssignment(left: TSESTree.MemberExpression, node: TSESTree.AssignmentExpression): void {
      const object = unwrap(left.object);
      if (object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'defaults') {
        boundedClients.add(clientKey(object.object));
        return;
      }
      for (let p: TSESTree.Node | undefined = node.parent; p && p.type !== AST_NODE_TYPES.Program; p = p.parent) {
        if (p.type !== AST_NODE_TYPES.CallExpression || p.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
        const use = p.callee;
        const request = unwrap(use.object);
        if (propertyName(use) !== 'use' || request.type !== AST_NODE_TYPES.MemberExpression || propertyName(request) !== 'request') continue;
        const interceptors = unwrap(request.object);
        if (interceptors.type === AST_NODE_TYPES.MemberExpression && propertyName(interceptors) === 'interceptors') {
          boundedClients.add(clientKey(interceptors.object));
          return;
        }
      }
    }

    return {
      ImportDeclaration(node) {
        if (node.source.value.includes('grpc')) fileUsesGrpc = true;
        for (const spec of node.specifiers) names.add(spec.local.name);
      },
      TSImportEqualsDeclaration(node) {
        names.add(node.id.name);
      },
      VariableDeclarator(node) {
        if (!node.init || !mayMakeClient(node.init)) return;
        if (node.id.type === AST_NODE_TYPES.Identifier) names.add(node.id.name);
        else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const p of node.id.properties) if (p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier) names.add(p.value.name);
        }
      },
      CallExpression(node) {
        calls.push(node);
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
          const arg = node.arguments[0];
          if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string' && arg.value.includes('grpc')) fileUsesGrpc = true;
        }
      },
      PropertyDefinition(node) {
        const name = node.value && !node.computed && node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : undefined;
        if (name && node.value) fieldInits.set(`this.${name}`, node.value);
      },
      AssignmentExpression(node) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = propertyName(node.left);
        if (node.left.object.type === AST_NODE_TYPES.ThisExpression && name) fieldInits.set(`this.${name}`, node.right);
        if ((name === 'timeout' || name === 'signal') && !(unwrap(node.right).type === AST_NODE_TYPES.Literal && (unwrap(node.right) as TSESTree.Literal).value === 0)) {
          recordBoundingAssignment(node.left, node);
        }
      },
      'Program:exit'() {
        for (const call of calls) {
          const callee = unwrap(call.callee);
          if (callee.type === AST_NODE_TYPES.Identifier) {
            if (names.has(callee.name)) checkIdentifierCall(call, callee);
          } else if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
            const object = unwrap(callee.object);
            const key =
              object.type === AST_NODE_TYPES.Identifier
                ? object.name
                : object.type === AST_NODE_TYPES.MemberExpression && object.object.type === AST_NODE_TYPES.ThisExpression
                  ? `this.${propertyName(object) ?? ''}`
                  : '';
            if (names.has(key) || fieldInits.has(key)) checkMemberCall(call, callee);
            else if (typed && TYPED_CLIENT_NAME.test(sourceCode.getText(object)) && !GRPC_NOT_RPC.has(propertyName(callee) ?? '')) {
              if (isTypedGrpcClient(context, object)) checkGrpc(call);
            }
          }
        }
      },
    };
  },
});
