import { type Config, config } from '@regie/config';
import type { RedisOptions } from 'bullmq';

/**
 * Redis holds triggers only; Postgres is the truth. `REDIS_PREFIX` keeps environments apart and can carry a
 * hash tag (`{regie}`) so every key of a queue lands on one slot of a Redis Cluster.
 */
export function redisConnection(redis: Pick<Config, 'redisUrl' | 'redisDb'> = config()): RedisOptions {
  const url = new URL(redis.redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: redis.redisDb,
    // BullMQ workers need blocking commands to wait forever rather than fail after a few retries.
    maxRetriesPerRequest: null,
  };
}

export function redisPrefix(redis: Pick<Config, 'redisPrefix'> = config()): string {
  return redis.redisPrefix;
}
