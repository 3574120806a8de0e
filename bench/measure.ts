/** Small measuring helpers: percentiles, number formatting, CPU use of the machine and of given processes. */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '-';

export const ms = (n: number): string =>
  n >= 1000 ? `${fmt(n / 1000, 2)} s` : `${fmt(n, n < 10 ? 1 : 0)} ms`;

interface Sample {
  at: number;
  busy: number;
  iowait: number;
  total: number;
  procs: Map<number, number>;
  /** CPU ticks of all Postgres and Redis server processes (every database on the server, not only the bench's) */
  postgres: Map<number, ServerTicks>;
  redis: Map<number, ServerTicks>;
}

/** a server process's CPU ticks, its own and those of its children it has reaped (cutime, cstime) */
interface ServerTicks {
  ticks: number;
  ppid: number;
}

/** per process, so that a backend ending between two samples does not count negative */
function serverTicks(): { postgres: Map<number, ServerTicks>; redis: Map<number, ServerTicks> } {
  const postgres = new Map<number, ServerTicks>();
  const redis = new Map<number, ServerTicks>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let comm: string;
      try {
        comm = readFileSync(`/proc/${name}/comm`, 'utf8').trim();
      } catch {
        continue;
      }
      const into = comm === 'postgres' ? postgres : comm.startsWith('redis-server') ? redis : null;
      const stat = into && statOf(Number(name));
      if (into && stat) into.set(Number(name), stat);
    }
  } catch {
    /* no /proc */
  }
  return { postgres, redis };
}

function statOf(pid: number): ServerTicks | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime + cutime + cstime; f[1] is the parent
    return { ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]), ppid: Number(f[1]) };
  } catch {
    return null;
  }
}

/**
 * CPU the server processes used between two samples. A process that ended in between (a backend whose client
 * disconnected: pgbench's, a pool's idle connection) is counted too: its parent (the postmaster) took over all
 * its CPU when it reaped it, so what it had used before the first sample is taken off again.
 */
function grown(a: Map<number, ServerTicks>, b: Map<number, ServerTicks>): number {
  let ticks = 0;
  for (const [pid, end] of b) ticks += Math.max(0, end.ticks - (a.get(pid)?.ticks ?? 0));
  for (const [pid, start] of a) if (!b.has(pid) && b.has(start.ppid)) ticks -= start.ticks;
  return Math.max(0, ticks);
}

const TICK = 100; // USER_HZ on Linux

function procTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime
  } catch {
    return 0;
  }
}

function sample(pids: number[]): Sample {
  let busy = 0;
  let iowait = 0;
  let total = 0;
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    iowait = v[4];
    busy = total - v[3] - v[4];
  } catch {
    /* not Linux: no CPU figures */
  }
  return {
    at: Date.now(),
    busy,
    iowait,
    total,
    procs: new Map(pids.map((p) => [p, procTicks(p)])),
    ...serverTicks(),
  };
}

export interface CpuReport {
  /** share of all cores busy (user+system+irq), 0..100 */
  machineBusy: number;
  iowait: number;
  /** CPU of the given processes, in % of one core */
  procs: number;
  /** CPU of Postgres and of Redis, in % of one core */
  postgres: number;
  redis: number;
  /** CPU of everything else on the machine (other people's jobs), in % of one core */
  others: number;
}

/** Starts measuring CPU use; the returned function ends it. Pids may be added later (forked workers). */
export function cpuMeter(pids: number[] = [process.pid]): { add(pid: number): void; stop(): CpuReport } {
  const list = [...pids];
  let start = sample(list);
  return {
    add(pid: number) {
      list.push(pid);
      start.procs.set(pid, procTicks(pid));
    },
    stop() {
      const end = sample(list);
      const dt = end.total - start.total || 1;
      const seconds = (end.at - start.at) / 1000 || 1;
      let procTicksUsed = 0;
      for (const pid of list) procTicksUsed += (end.procs.get(pid) ?? 0) - (start.procs.get(pid) ?? 0);
      const pct = (ticks: number) => (100 * ticks) / TICK / seconds;
      const machineBusy = (100 * (end.busy - start.busy)) / dt;
      const procs = pct(procTicksUsed);
      const postgres = pct(grown(start.postgres, end.postgres));
      const redis = pct(grown(start.redis, end.redis));
      const report = {
        machineBusy,
        iowait: (100 * (end.iowait - start.iowait)) / dt,
        procs,
        postgres,
        redis,
        others: Math.max(0, machineBusy * cores() - procs - postgres - redis),
      };
      start = end;
      return report;
    },
  };
}

export const cores = (): number => cpus().length;
export const cpuModel = (): string => cpus()[0]?.model.trim() ?? 'unknown';

/**
 * CPU seconds of this process's children that have ended and been waited for (cutime + cstime): what a child
 * used, read after it exited, when its own /proc entry is gone.
 */
export function endedChildrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / TICK;
  } catch {
    return 0;
  }
}

/** `--name=value` and bare `--name` (as 'true') from the command line, for every bench. */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) flags.set(m[1], m[2] ?? 'true');
  }
  return flags;
}
