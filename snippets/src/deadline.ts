/** Deadline propagation: one request budget shared by every downstream call, cut with AbortSignal.timeout and AbortSignal.any.
 *  Each hop passes on what is left (minus a margin), never its own fixed timeout, so callees give up when the caller already has. */

/** The header carrying the remaining budget in milliseconds (gRPC's `grpc-timeout` plays the same role). */
export const DEADLINE_HEADER = /*$1*/'x-request-timeout-ms';

export class /*$2*/Deadline {
  /** Absolute time (ms since epoch, by `now`) when the whole request must be done. */
  readonly at: number;
  /** Aborts when the deadline passes or the caller's own signal aborts. */
  readonly signal: AbortSignal;
  private readonly now: () => number;

  /** Starts a budget of `budgetMs`, also ending when `parent` aborts (the client hung up). */
  constructor(budgetMs: number, parent?: AbortSignal, now: () => number = Date.now) {
    this.now = now;
    this.at = now() + budgetMs;
    const timeout = AbortSignal.timeout(Math.max(0, budgetMs));
    this.signal = parent ? AbortSignal.any([parent, timeout]) : timeout;
  }

  /** Reads the budget an upstream caller sent, capped by this service's own limit `maxMs`. */
  static fromHeaders(headers: Headers, maxMs: number, parent?: AbortSignal, now: () => number = Date.now): Deadline {
    const sent = Number(headers.get(DEADLINE_HEADER));
    const budget = Number.isFinite(sent) && sent > 0 ? Math.min(sent, maxMs) : maxMs;
    return new Deadline(budget, parent, now);
  }

  /** Milliseconds left, never negative. */
  remaining(): number {
    return Math.max(0, this.at - this.now());
  }

  /** A budget for one downstream call: what is left minus `marginMs` for the reply's trip back, at most `capMs`. */
  child(capMs = Infinity, marginMs = /*$3*/5): Deadline {
    return new Deadline(Math.min(capMs, this.remaining() - marginMs), this.signal, this.now);
  }

  /** Headers that tell the callee how long it has. */
  headers(): Record<string, string> {
    return { [DEADLINE_HEADER]: String(Math.floor(this.remaining())) };
  }
}

/** Example: calls a downstream service with what is left of `deadline`, capped at its own timeout. */
export async function /*$4*/callDownstream(url: string, deadline: Deadline): Promise<Response> {
  const hop = deadline.child(/*$5*/800);
  if (hop.remaining() <= 0) throw new Error(`no time left to call ${url}: the request deadline has passed`);
  return fetch(url, { headers: hop.headers(), signal: hop.signal });
}
