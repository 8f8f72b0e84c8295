// Runs a command in its own session/process group and guarantees the whole group dies with the test process:
// an explicit stop, this process exiting or being interrupted, and (via a shell watchdog) even a SIGKILL of it.
import { spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';

/** A running process group. */
export interface ProcessGroup {
  pgid: number;
  /** TERM the group, then KILL whatever is left after 5 s. */
  stop(): Promise<void>;
}

const live = new Set<number>();
function killAll(): void {
  for (const pgid of live) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  }
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => { killAll(); process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)); });
}

/** Pids in the group other than its leader (the watchdog), read from /proc (Linux). */
export function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === pgid) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces, so split after the last ')'
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid) pids.push(Number(name));
    } catch { /* exited meanwhile */ }
  }
  return pids;
}

// The watchdog shell leads the group: it starts the command, then ends the group when either the command or the
// test process (its parent) is gone. It ignores TERM itself so it can follow up with KILL.
const WATCHDOG = `
trap '' TERM
"$@" & CHILD=$!
while kill -0 "$WATCH_PID" 2>/dev/null && kill -0 "$CHILD" 2>/dev/null; do sleep 1; done
kill -TERM -- -$$ 2>/dev/null; sleep 5; kill -KILL -- -$$ 2>/dev/null
`;

/** Starts `command args` under setsid (detached) with output appended to logFile. */
export function startGroup(command: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string }): ProcessGroup {
  const log = openSync(opts.logFile, 'a');
  const child = spawn('sh', ['-c', WATCHDOG, 'watchdog', command, ...args], {
    detached: true, // setsid(): a new session and process group led by the watchdog
    cwd: opts.cwd,
    env: { ...opts.env, WATCH_PID: String(process.pid) },
    stdio: ['ignore', log, log],
  });
  child.unref();
  const pgid = child.pid!;
  live.add(pgid);
  return {
    pgid,
    async stop() {
      try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
      for (let i = 0; i < 50 && groupMembers(pgid).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
      live.delete(pgid);
    },
  };
}
