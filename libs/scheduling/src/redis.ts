import type { RedisOptions } from 'bullmq';

/**
 * Redis holds triggers only; Postgres is the truth. `REDIS_PREFIX` keeps environments apart and can carry a
 * hash tag (`{regie}`) so every key of a queue lands on one slot of a Redis Cluster.
 */
export function redisConnection(env: NodeJS.ProcessEnv = process.env): RedisOptions {
  const url = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const db = env.REDIS_DB ?? url.pathname.slice(1);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: db ? Number(db) : 0,
    // BullMQ workers need blocking commands to wait forever rather than fail after a few retries.
    maxRetriesPerRequest: null,
  };
}

export function redisPrefix(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_PREFIX ?? 'regie';
}
