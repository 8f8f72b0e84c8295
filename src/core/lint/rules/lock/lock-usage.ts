import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { KeyResolver, KeySignature } from './key-signature';
import { contextSaysLock, enclosingFunction, keyNameSaysLock } from './lock-words';
import type { RedisCommand } from './redis-call-shapes';
import { isInsideMulti } from './redis-call-shapes';
import type { SetMode } from './set-options';
import { readSetMode } from './set-options';

/** A key as one command uses it; signature and enclosing function are worked out only when asked for. */
export class KeyUse {
  private signature: KeySignature | undefined;
  private func: TSESTree.FunctionLike | undefined | null = null;

  constructor(
    readonly command: RedisCommand,
    readonly key: TSESTree.Node,
    private readonly resolver: KeyResolver,
  ) {}

  get sig(): KeySignature {
    this.signature ??= this.resolver.signature(this.key);
    return this.signature;
  }

  get fn(): TSESTree.FunctionLike | undefined {
    if (this.func === null) this.func = enclosingFunction(this.command.call);
    return this.func;
  }
}

/** A SET … NX / SETNX: somebody trying to take the key. */
export class Acquisition extends KeyUse {
  constructor(
    command: RedisCommand,
    key: TSESTree.Node,
    resolver: KeyResolver,
    readonly value: TSESTree.Node | undefined,
    readonly mode: SetMode,
  ) {
    super(command, key, resolver);
  }
}

/** Every Redis key use in one file, grouped by what the command does to the key. */
export class LockUsage {
  readonly acquisitions: Acquisition[] = [];
  readonly deletes: KeyUse[] = [];
  readonly reads: KeyUse[] = [];
  readonly expires: KeyUse[] = [];
  readonly watches: KeyUse[] = [];
  readonly scripts: KeyUse[] = [];
  private readonly lockContext = new Map<TSESTree.Node, boolean>();

  constructor(
    private readonly resolver: KeyResolver,
    private readonly extraWords: ReadonlySet<string>,
  ) {}

  /** Files a command under its role; commands on keys we cannot see (spreads) are skipped. */
  add(command: RedisCommand): void {
    const use = (key: TSESTree.Node | undefined): KeyUse | undefined =>
      key === undefined ? undefined : new KeyUse(command, key, this.resolver);
    const [first, second] = command.args;
    switch (command.name) {
      case 'set':
      case 'setnx': {
        const mode = readSetMode(command, this.resolver.resolveInit);
        if (mode.nx && first) this.acquisitions.push(new Acquisition(command, first, this.resolver, second, mode));
        return;
      }
      case 'del':
      case 'unlink':
        if (command.args.includes(undefined)) return;
        if (command.receiver && FILE_SYSTEM.test(this.resolver.text(command.receiver))) return;
        for (const key of command.args) this.deletes.push(use(key)!);
        return;
      case 'get':
        pushDefined(this.reads, use(first));
        return;
      case 'expire':
      case 'pexpire':
      case 'expireat':
      case 'pexpireat':
        pushDefined(this.expires, use(first));
        return;
      case 'watch':
        for (const key of command.args) pushDefined(this.watches, use(key));
        return;
      default:
        // eval/evalsha: any argument may be a key the script releases.
        for (const arg of scriptArguments(command.args)) pushDefined(this.scripts, use(arg));
    }
  }

  /** Same key, and — for parameters — used by related code (one function, or two lock-named helpers). */
  sameKey(a: KeyUse, b: KeyUse): boolean {
    if (a.sig.text !== b.sig.text) return false;
    if (!a.sig.param) return true;
    if (a.sig.variable !== undefined && a.sig.variable === b.sig.variable) return true;
    return a.fn === b.fn || (this.inLockContext(a) && this.inLockContext(b));
  }

  /** Whether an acquisition is a lock: its name says so, its function is a lock helper, or the key is released later. */
  isLock(a: Acquisition): boolean {
    if (this.namedLock(a)) return true;
    return this.deletes.some((d) => this.releases(d, a)) || this.scripts.some((s) => this.releases(s, a));
  }

  /** The key or the code around it says "lock". */
  private namedLock(use: KeyUse): boolean {
    return keyNameSaysLock(use.sig.words, this.extraWords) || this.inLockContext(use);
  }

  /**
   * Whether a delete (or script) releases what an acquisition took. A key with no lock in its name counts only
   * when taken and deleted in one function (try/finally): a session created in one handler and destroyed in
   * another is SET NX + DEL too, but not a lock.
   */
  private releases(del: KeyUse, a: Acquisition): boolean {
    if (!this.sameKey(a, del)) return false;
    return a.fn === del.fn || this.namedLock(a) || this.namedLock(del);
  }

  /** The acquisitions a delete releases; an empty array means "a lock, acquired elsewhere in this file". */
  releasedBy(del: KeyUse): Acquisition[] | undefined {
    const matched = this.acquisitions.filter((a) => this.releases(del, a));
    if (matched.length > 0) return matched;
    // `releaseLock(lockKey)` next to `acquireLock(key)`: lock helpers whose parameters are spelled differently.
    // Any other unmatched key is a lock nothing here acquires (an admin force-unlock): not ours to judge.
    const helper = del.sig.param && this.inLockContext(del);
    return helper && this.acquisitions.some((a) => a.sig.param && this.inLockContext(a)) ? [] : undefined;
  }

  /** A WATCH on the key plus the DEL queued in MULTI: EXEC fails if the lock changed hands, so it is safe. */
  isWatchedTransaction(del: KeyUse): boolean {
    return (
      isInsideMulti(del.command.receiver, this.resolver.resolveInit) && this.watches.some((w) => this.sameKey(w, del))
    );
  }

  /** A GET of the same key earlier in the same function: the check in check-then-delete. */
  precedingRead(del: KeyUse): KeyUse | undefined {
    // Same function, or a callback nested in the GET's function (`get(k, (e, v) => …)`, `get(k).then(v => …)`).
    return this.reads.find(
      (r) =>
        r.command.call.range[0] < del.command.call.range[0] &&
        (r.fn === del.fn || (r.fn !== undefined && contains(r.fn, del.command.call))) &&
        this.sameKey(r, del),
    );
  }

  /**
   * How an acquisition without its own expiry gets one: `'atomic'` when an EXPIRE is queued in the same MULTI,
   * the separate EXPIRE call (not atomic), or undefined when nothing ever sets one.
   */
  laterExpiry(a: Acquisition): 'atomic' | KeyUse | undefined {
    const expires = this.expires.filter((e) => this.sameKey(a, e));
    if (expires.length === 0) return undefined;
    const inMulti = isInsideMulti(a.command.receiver, this.resolver.resolveInit);
    const queued = inMulti && expires.some((e) => isInsideMulti(e.command.receiver, this.resolver.resolveInit));
    return queued ? 'atomic' : expires[0];
  }

  private inLockContext(use: KeyUse): boolean {
    const node = use.command.call;
    let known = this.lockContext.get(node);
    if (known === undefined) {
      known = contextSaysLock(node, this.extraWords);
      this.lockContext.set(node, known);
    }
    return known;
  }
}

/** `fs.unlink(lockFile)` deletes a file, not a Redis key. */
const FILE_SYSTEM = /^(fs|fsp|fse|fsPromises|promises|fs\.promises)$/;

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function pushDefined<V>(list: V[], value: V | undefined): void {
  if (value !== undefined) list.push(value);
}

/** Arguments of EVAL/EVALSHA that can be keys, including node-redis' `{ keys: [...] }`. */
function scriptArguments(args: readonly (TSESTree.Node | undefined)[]): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const arg of args.slice(1)) {
    if (arg?.type === T.ObjectExpression) {
      for (const prop of arg.properties) {
        if (prop.type === T.Property && prop.value.type === T.ArrayExpression) {
          for (const el of prop.value.elements) if (el && el.type !== T.SpreadElement) out.push(el);
        }
      }
    } else if (arg && !(arg.type === T.Literal && typeof arg.value === 'number')) out.push(arg);
  }
  return out;
}
