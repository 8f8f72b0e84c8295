import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientInstance } from './client-instance';
import type { DeadlineCheck } from './deadline-check';
import type { FileClients } from './file-clients';
import { keyState, type KeyState } from './option-keys';
import { timeoutSuggestion } from './option-suggestions';
import { urlOrOptions } from './url-or-options';

const AXIOS_URL_FIRST = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_WITH_BODY = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
// axios before 0.22 cancelled through a CancelToken (usually fired by a timer).
const AXIOS_KEYS = new Set(['timeout', 'signal', 'cancelToken']);

/** True for the axios methods that send a request (`get`, `post`, `request`, …), not `create` or `isAxiosError`. */
export function isAxiosRequestMethod(method: string): boolean {
  return method === 'request' || AXIOS_URL_FIRST.has(method) || AXIOS_WITH_BODY.has(method);
}

/**
 * Checks an axios call, `axios(…)` when `method` is undefined, else `axios.<method>(…)`: it needs `timeout`,
 * `signal` or `cancelToken`, here, in the config of the instance (`axios.create({ timeout })`), or file-wide
 * (`defaults.timeout`, a request interceptor). `key` names the client for the file-wide test.
 */
export function checkAxios(
  check: DeadlineCheck,
  clients: FileClients,
  call: TSESTree.CallExpression,
  method: string | undefined,
  instance: ClientInstance | undefined,
  key: string,
): void {
  if (clients.isBounded('module:axios') || clients.isBounded(key)) return;
  if (instance?.kind === 'axios' && keyState(check.sourceCode, instance.config, AXIOS_KEYS, true) !== 'absent') return;
  let state: KeyState;
  let index: number;
  if (method === undefined) ({ state, index } = urlOrOptions(check, call, AXIOS_KEYS, true));
  else {
    index = method === 'request' ? 0 : AXIOS_URL_FIRST.has(method) ? 1 : 2;
    state = keyState(check.sourceCode, call.arguments[index], AXIOS_KEYS, true);
  }
  if (state !== 'absent') return;
  check.report(call, 'axiosWithoutTimeout', [timeoutSuggestion(check, call, index)]);
}
