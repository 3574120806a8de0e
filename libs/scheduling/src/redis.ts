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
    // Reconnect within a second once Redis is back. BullMQ's default pause grows to 20 s, so after an outage of
    // 20 s the triggers waited another 18 s for a connection while Redis was already answering.
    retryStrategy: (times: number) => Math.min(100 * times, 1000),
  };
}

export function redisPrefix(redis: Pick<Config, 'redisPrefix'> = config()): string {
  return redis.redisPrefix;
}
