// Finds archlens's language server among the extension host's child processes (Linux /proc), so a test can kill
// it as a crash would and tell a restarted server from the old one by its pid.
import { readFileSync, readdirSync } from 'node:fs';

/** Pids of the running `dist/server.js` processes forked by this extension host. */
export function serverPids(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      // stat: "pid (comm) state ppid …"; comm may hold spaces, so read ppid after the last ')'
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      return ppid === process.pid && /dist[/\\]server\.js/.test(cmdline) ? [Number(name)] : [];
    } catch {
      return []; // exited while we looked
    }
  });
}
