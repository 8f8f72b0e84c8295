// Names what blocked the extension host in a CPU profile written by host-entry.ts: the longest stretches of
// back-to-back JavaScript samples (each one a task that held the event loop), and for each, the time per script
// (archlens's dist/extension.js vs VS Code's own code vs other extensions) and its heaviest frames.
// Usage: node --import tsx test/huge-host/profile-summary.ts FILE.cpuprofile [stretches=5]
import { existsSync, readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }
/** A blocked stretch of the event loop recorded by host-entry.ts, in ms of the profile's own clock. */
export interface BlockedGap { readonly startMs: number; readonly endMs: number; readonly cpuMs?: number; readonly threadCpuMs?: number; readonly runQueueMs?: number }

/** Where a script comes from, short: archlens, an extension's folder name, or VS Code's own files. */
export function scriptOwner(url: string): string {
  if (!url) return '(native)';
  if (/archlens/.test(url)) return `archlens ${url.replace(/.*archlens-unpacked\//, '')}`;
  const ext = /extensions\/([^/]+)\//.exec(url);
  if (ext) return `extension ${ext[1]}`;
  if (/lib\/vscode\/out/.test(url)) return 'VS Code';
  if (url.startsWith('node:')) return 'node';
  return url.replace(/.*\//, '');
}

const GAPS = new Set(['(idle)', '(program)']);

function summarise(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number): ProfileNode[] => {
    const s: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) s.push(byId.get(cur)!);
    return s; // leaf first
  };
  // Busy stretches: consecutive samples with a JavaScript (or GC) frame on top.
  const stretches: { start: number; end: number; at: number; ms: number }[] = [];
  let t = 0;
  let open: { start: number; at: number; ms: number } | undefined;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i]! / 1000;
    t += dt;
    const busy = !GAPS.has(byId.get(id)!.callFrame.functionName);
    if (busy) {
      if (!open) open = { start: i, at: t, ms: 0 };
      open.ms += dt;
    } else if (open) {
      stretches.push({ ...open, end: i });
      open = undefined;
    }
  });
  if (open) stretches.push({ ...open, end: profile.samples.length });
  const lines = [`${profile.samples.length} samples over ${(t / 1000).toFixed(1)} s; ${stretches.length} busy stretches`];
  for (const s of stretches.sort((a, b) => b.ms - a.ms).slice(0, top)) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = s.start; i < s.end; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000;
      const frames = stack(profile.samples[i]!);
      const owner = scriptOwner(frames[0]!.callFrame.url);
      self.set(owner, (self.get(owner) ?? 0) + dt);
      const seen = new Set<string>();
      for (const f of frames) {
        const key = `${f.callFrame.functionName || '(anonymous)'} ${scriptOwner(f.callFrame.url)}:${f.callFrame.lineNumber + 1}`;
        if (seen.has(key) || !f.callFrame.url) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      }
    }
    const fmt = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`);
    lines.push(`  stretch of ${s.ms.toFixed(0)} ms at ${(s.at / 1000).toFixed(1)} s — self time by script:`, ...fmt(self, 6), '   heaviest frames (inclusive):', ...fmt(inclusive, 14));
  }
  return lines;
}

/** One blocked gap: how long, and the ms of samples inside it per script owner (archlens, VS Code, an extension…). */
export interface GapShare {
  readonly ms: number;
  /**
   * CPU in the gap, when recorded: of the host's main thread where schedstat was readable (JavaScript runs there),
   * else of the whole process; the wall time less what the OS took away.
   */
  readonly cpuMs: number | undefined;
  /** How long the main thread waited for a core in the gap, when recorded. */
  readonly runQueueMs: number | undefined;
  readonly atMs: number;
  readonly byOwner: ReadonlyMap<string, number>;
  /** archlens's heaviest frames inside the gap, inclusive ms. */
  readonly archlensFrames: ReadonlyMap<string, number>;
}

/** Whose code ran during each gap the event loop was blocked (longest first). */
export function gapShares(profile: Profile, gaps: readonly BlockedGap[]): GapShare[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Absolute sample times, in ms of the clock the gaps were recorded with.
  const times: number[] = [];
  let t = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((t += dt) / 1000);
  return [...gaps].sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs)).map((gap) => {
    const byOwner = new Map<string, number>();
    const archlensFrames = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      if (times[i]! < gap.startMs || times[i]! > gap.endMs) continue;
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000;
      const leaf = byId.get(profile.samples[i]!)!;
      if (GAPS.has(leaf.callFrame.functionName)) continue;
      const owner = scriptOwner(leaf.callFrame.url);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + dt);
      // A native or Node frame called from archlens's code is archlens's time too (hashing, serialising).
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        if (!/archlens/.test(f.url) || /huge-host\/index\.js$/.test(f.url)) continue;
        const key = `${f.functionName || '(anonymous)'} ${scriptOwner(f.url)}:${f.lineNumber + 1}`;
        if (!seen.has(key)) archlensFrames.set(key, (archlensFrames.get(key) ?? 0) + dt);
        seen.add(key);
      }
    }
    return { ms: gap.endMs - gap.startMs, cpuMs: gap.threadCpuMs ?? gap.cpuMs, runQueueMs: gap.runQueueMs, atMs: gap.startMs - profile.startTime / 1000, byOwner, archlensFrames };
  });
}

/** The most time archlens's code (with what it called) took inside any one blocked gap. */
export function archlensWorstGapMs(shares: readonly GapShare[]): number {
  return Math.max(0, ...shares.map(archlensMs));
}

/**
 * The same in CPU time: archlens's share of a gap's samples times the CPU used in it (the main thread's where
 * recorded). Profile samples are wall time (a descheduled thread keeps its last stack), so on a loaded machine
 * this is the fairer number.
 */
export function archlensWorstGapCpuMs(shares: readonly GapShare[]): number | undefined {
  if (shares.some((s) => s.cpuMs === undefined)) return undefined;
  return Math.max(0, ...shares.map((s) => (archlensMs(s) / s.ms) * s.cpuMs!));
}

function archlensMs(share: GapShare): number {
  return Math.max(0, ...share.archlensFrames.values());
}

function describeGaps(shares: readonly GapShare[], top: number): string[] {
  const cpu = archlensWorstGapCpuMs(shares);
  const lines = [`${shares.length} blocked gaps over 50 ms; archlens's most in one gap: ${archlensWorstGapMs(shares).toFixed(0)} ms${cpu === undefined ? '' : ` (${cpu.toFixed(0)} ms CPU)`}`];
  for (const s of shares.slice(0, top)) {
    const owners = [...s.byOwner].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
    const cpu = s.cpuMs === undefined ? '' : ` (${s.cpuMs.toFixed(0)} ms CPU${s.runQueueMs === undefined ? '' : `, ${s.runQueueMs.toFixed(0)} ms waiting for a core`})`;
    lines.push(`  blocked ${s.ms.toFixed(0)} ms${cpu} at ${(s.atMs / 1000).toFixed(1)} s — ${owners}`);
    for (const [k, v] of [...s.archlensFrames].sort((a, b) => b[1] - a[1]).slice(0, 4)) lines.push(`      archlens ${v.toFixed(0).padStart(5)} ms  ${k}`);
  }
  return lines;
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const file = process.argv[2]!;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const gapsFile = file.replace(/\.cpuprofile$/, '.gaps.json');
  // Recorded gaps (host-entry.ts writes them beside the profile) say exactly which tasks blocked; else busy stretches.
  if (existsSync(gapsFile)) console.log(describeGaps(gapShares(profile, JSON.parse(readFileSync(gapsFile, 'utf8')) as BlockedGap[]), Number(process.argv[3] ?? 5)).join('\n'));
  else console.log(summarise(profile, Number(process.argv[3] ?? 5)).join('\n'));
}
