import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { RedisCommand } from './redis-call-shapes';
import { stringValue } from './redis-call-shapes';

/** Which client's option style a SET used; it decides how a suggested EVAL must be spelled. */
export type ClientFlavor = 'positional' | 'node-redis' | 'upstash' | 'unknown';

/** What a SET / SETNX says about the key: only-if-absent, and with an expiry in the same command. */
export interface SetMode {
  /** `true` when NX is certain; `false` when absent or unknowable (spread options stay quiet). */
  nx: boolean;
  /** `'unknown'` when options come from somewhere we cannot read; treated as "has an expiry". */
  expiry: boolean | 'unknown';
  flavor: ClientFlavor;
}

const EXPIRY_FLAGS = new Set(['ex', 'px', 'exat', 'pxat']);

/** Reads NX and expiry from a `set`/`setnx` command; `resolveInit` follows `const opts = {...}`. */
export function readSetMode(
  command: RedisCommand,
  resolveInit: (id: TSESTree.Identifier) => TSESTree.Node | undefined,
): SetMode {
  if (command.name === 'setnx') return { nx: true, expiry: false, flavor: 'unknown' };
  const rest = command.args.slice(2);
  let options = rest.length === 1 ? rest[0] : undefined;
  if (options?.type === T.Identifier) options = unwrapTs(resolveInit(options)) ?? options;
  if (options?.type === T.ObjectExpression) return readOptionsObject(options);
  if (options !== undefined && options.type !== T.Literal && options.type !== T.TemplateLiteral) {
    // `set(key, value, opts)` with opts we cannot see: could be anything.
    return { nx: false, expiry: 'unknown', flavor: 'unknown' };
  }
  let nx = false;
  let expiry: boolean | 'unknown' = false;
  let unseen = false;
  for (const arg of rest) {
    if (arg === undefined) {
      unseen = true;
      continue;
    }
    const flag = stringValue(arg)?.toLowerCase();
    if (flag === 'nx') nx = true;
    else if (flag !== undefined && EXPIRY_FLAGS.has(flag)) expiry = true;
  }
  if (unseen && !expiry) expiry = 'unknown';
  return { nx, expiry, flavor: 'positional' };
}

/** node-redis v4 `{ NX: true, PX }`, node-redis v5 `{ condition: 'NX', expiration: { type, value } }`, Upstash `{ nx: true, ex }`. */
function readOptionsObject(options: TSESTree.ObjectExpression): SetMode {
  let nx = false;
  let expiry: boolean | 'unknown' = false;
  let flavor: ClientFlavor = 'node-redis';
  let spread = false;
  for (const prop of options.properties) {
    if (prop.type === T.SpreadElement) {
      spread = true;
      continue;
    }
    const name = propertyKey(prop);
    if (name === undefined) continue;
    const lower = name.toLowerCase();
    if (name === 'nx' || name === 'ex' || name === 'px' || name === 'exat' || name === 'pxat') flavor = 'upstash';
    if (lower === 'nx' && isTrue(prop.value)) nx = true;
    else if (lower === 'condition' && stringValue(prop.value)?.toLowerCase() === 'nx') nx = true;
    else if (EXPIRY_FLAGS.has(lower)) expiry = true;
    else if (lower === 'expiration' && stringValue(prop.value)?.toLowerCase() !== 'keepttl') expiry = true;
  }
  if (spread && !expiry) expiry = 'unknown';
  return { nx, expiry, flavor };
}

/** `{ … } as const` / `satisfies SetOptions`: the object under the type assertion. */
function unwrapTs(node: TSESTree.Node | undefined): TSESTree.Node | undefined {
  while (node && (node.type === T.TSAsExpression || node.type === T.TSSatisfiesExpression)) node = node.expression;
  return node;
}

function propertyKey(prop: TSESTree.Property): string | undefined {
  if (!prop.computed && prop.key.type === T.Identifier) return prop.key.name;
  return prop.key.type === T.Literal && typeof prop.key.value === 'string' ? prop.key.value : undefined;
}

function isTrue(node: TSESTree.Node): boolean {
  return node.type === T.Literal && node.value === true;
}
