import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { checkAxios, isAxiosRequestMethod } from './axios-call';
import { classifyInstance } from './client-instance';
import { originOf, type Origin } from './client-origin';
import type { DeadlineCheck } from './deadline-check';
import { checkFetch, GLOBAL_OBJECTS } from './fetch-call';
import type { FileClients } from './file-clients';
import { checkGot, isGotRequestMethod } from './got-call';
import { checkGrpc, isRpcName, isTypedGrpcRpc } from './grpc-call';
import { checkHttp } from './http-call';
import { propertyName, unwrap } from './option-keys';
import { checkUndici } from './undici-call';

/** `fetch(…)`, `axios(…)`, `got(…)`, `request(…)`, `api(…)`: routed by where the called name comes from. */
function checkIdentifierCall(check: DeadlineCheck, clients: FileClients, call: TSESTree.CallExpression, callee: TSESTree.Identifier): void {
  const origin: Origin = originOf(check.sourceCode, callee);
  if (origin.kind === 'global') {
    if (callee.name === 'fetch') checkFetch(check, call);
    else if (callee.name === 'axios') checkAxios(check, clients, call, undefined, undefined, 'axios');
    return;
  }
  if (origin.kind === 'module') {
    const { lib, imported } = origin;
    if ((lib === 'node-fetch' && (imported === '*' || imported === 'fetch')) || (lib === 'undici' && imported === 'fetch')) checkFetch(check, call);
    else if (lib === 'axios' && imported === '*') checkAxios(check, clients, call, undefined, undefined, 'module:axios');
    else if (lib === 'got' && (imported === '*' || imported === 'got')) checkGot(check, clients, call, undefined, 'module:got');
    else if (lib === 'undici' && (imported === 'request' || imported === 'stream')) checkUndici(check, call, 1, undefined);
    else if (lib === 'http' && (imported === 'request' || imported === 'get')) checkHttp(check, call);
    return;
  }
  const instance = origin.init && classifyInstance(check.sourceCode, origin.init, clients.fileUsesGrpc);
  if (instance?.kind === 'axios') checkAxios(check, clients, call, undefined, instance, callee.name);
  else if (instance?.kind === 'got') checkGot(check, clients, call, instance, callee.name);
}

/** `axios.get(…)`, `http.request(…)`, `api.post(…)`, `this.client.rpc(…)`: routed by the object and the method. */
function checkMemberCall(check: DeadlineCheck, clients: FileClients, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
  const method = propertyName(callee);
  if (!method) return;
  const object = unwrap(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const origin = originOf(check.sourceCode, object);
    if (origin.kind === 'global') {
      if (method === 'fetch' && GLOBAL_OBJECTS.has(object.name)) checkFetch(check, call);
      else if (object.name === 'axios' && isAxiosRequestMethod(method)) checkAxios(check, clients, call, method, undefined, 'axios');
      return;
    }
    if (origin.kind === 'module') {
      if (origin.imported !== '*') return;
      if (origin.lib === 'axios' && isAxiosRequestMethod(method)) checkAxios(check, clients, call, method, undefined, 'module:axios');
      else if (origin.lib === 'got' && isGotRequestMethod(method)) checkGot(check, clients, call, undefined, 'module:got');
      else if (origin.lib === 'undici' && method === 'fetch') checkFetch(check, call);
      else if (origin.lib === 'undici' && (method === 'request' || method === 'stream')) checkUndici(check, call, 1, undefined);
      else if (origin.lib === 'node-fetch' && method === 'default') checkFetch(check, call);
      else if (origin.lib === 'http' && (method === 'request' || method === 'get')) checkHttp(check, call);
      return;
    }
  }
  const instance = clients.instanceOf(object);
  if (!instance) {
    if (isTypedGrpcRpc(check, object, method)) checkGrpc(check, call);
    return;
  }
  const key = clients.clientKey(object);
  if (instance.kind === 'axios' && isAxiosRequestMethod(method)) checkAxios(check, clients, call, method, instance, key);
  else if (instance.kind === 'got' && isGotRequestMethod(method)) checkGot(check, clients, call, instance, key);
  else if (instance.kind === 'undici' && (method === 'request' || method === 'stream')) checkUndici(check, call, 0, instance);
  else if (instance.kind === 'grpc' && isRpcName(method)) checkGrpc(check, call);
}

/**
 * Checks one call once the whole file is known: calls on names that may be clients go to their library's check;
 * with type information, `<x>Client.<rpc>(…)` on a typed grpc-js client is checked too.
 */
export function checkCall(check: DeadlineCheck, clients: FileClients, call: TSESTree.CallExpression): void {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (clients.isCandidateName(callee.name)) checkIdentifierCall(check, clients, call, callee);
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    const object = unwrap(callee.object);
    const key =
      object.type === AST_NODE_TYPES.Identifier
        ? object.name
        : object.type === AST_NODE_TYPES.MemberExpression && object.object.type === AST_NODE_TYPES.ThisExpression
          ? `this.${propertyName(object) ?? ''}`
          : '';
    if (clients.mayBeClient(key)) checkMemberCall(check, clients, call, callee);
    else if (isTypedGrpcRpc(check, object, propertyName(callee) ?? '')) checkGrpc(check, call);
  }
}
