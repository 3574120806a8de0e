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
  postgres: Map<number, number>;
  redis: Map<number, number>;
}

/** per process, so that a backend ending between two samples does not count negative */
function serverTicks(): { postgres: Map<number, number>; redis: Map<number, number> } {
  const postgres = new Map<number, number>();
  const redis = new Map<number, number>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let comm: string;
      try {
        comm = readFileSync(`/proc/${name}/comm`, 'utf8').trim();
      } catch {
        continue;
      }
      if (comm === 'postgres') postgres.set(Number(name), procTicks(Number(name)));
      else if (comm.startsWith('redis-server')) redis.set(Number(name), procTicks(Number(name)));
    }
  } catch {
    /* no /proc */
  }
  return { postgres, redis };
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
      const grown = (a: Map<number, number>, b: Map<number, number>) =>
        [...b].reduce((t, [pid, ticks]) => t + Math.max(0, ticks - (a.get(pid) ?? 0)), 0);
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
