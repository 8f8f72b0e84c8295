import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { deadlineCheck, type MessageIds, type Options } from './deadline/deadline-check';
import { FileClients } from './deadline/file-clients';
import { checkCall } from './deadline/route-call';

// Outbound calls that can wait forever. The library checks live in ./deadline/, one file per client library
// (fetch-call, axios-call, got-call, http-call, undici-call, grpc-call); this file wires them to ESLint.

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
    const check = deadlineCheck(context, options);
    const clients = new FileClients(context.sourceCode);
    // Calls are checked once the whole file is seen: a client may be made or bounded (class field, `defaults.timeout`,
    // interceptor, a gRPC import) below the call that uses it.
    const calls: TSESTree.CallExpression[] = [];
    return {
      ImportDeclaration: (node) => clients.noteImport(node),
      TSImportEqualsDeclaration: (node) => clients.noteImportEquals(node),
      VariableDeclarator: (node) => clients.noteDeclarator(node),
      CallExpression(node) {
        calls.push(node);
        clients.noteCall(node);
      },
      PropertyDefinition: (node) => clients.noteField(node),
      AssignmentExpression: (node) => clients.noteAssignment(node),
      'Program:exit'() {
        for (const call of calls) checkCall(check, clients, call);
      },
    };
  },
});
