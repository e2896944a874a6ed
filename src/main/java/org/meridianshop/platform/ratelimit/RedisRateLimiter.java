package org.meridianshop.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.redisson.api.RScript;
import org.redisson.api.RScript.Mode;
import org.redisson.api.RScript.ReturnType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The rate limiter at scale: each key's attempt times in a Redis sorted set (key {@code
 * ratelimit:LIMIT:KEY}, scored by epoch milliseconds), read and changed by Lua scripts so that
 * servers counting the same key at once never lose an attempt. A set keeps at most the limit's
 * number of attempts (older ones cannot matter) and expires one window after its last attempt, so
 * memory follows the attackers of the last window only. Times come from the servers' clocks, which
 * are assumed to agree to well within a window. When Redis cannot be reached the calls throw
 * Redisson's {@code RedisException}: the caller decides whether an attempt it cannot count may go
 * ahead.
 */
public class RedisRateLimiter implements RateLimiter {

  static final String KEY_PREFIX = "ratelimit:";

  // KEYS[1] the set; ARGV now, window and attempts in ms/count. Forgets attempts that left the
  // window, then answers how long until the attempt that fills the window leaves it (0: none).
  private static final String BLOCKED_FOR =
      """
      local now, window, attempts = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
      local count = redis.call('ZCARD', KEYS[1])
      if count < attempts then return 0 end
      local freeing = redis.call('ZRANGE', KEYS[1], count - attempts, count - attempts, 'WITHSCORES')
      return tonumber(freeing[2]) + window - now
      """;

  // ARGV[4] makes the member unique: two attempts in one millisecond are two attempts.
  private static final String RECORD =
      """
      local now, window, attempts = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
      redis.call('ZADD', KEYS[1], now, ARGV[4])
      redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -attempts - 1)
      redis.call('PEXPIRE', KEYS[1], window)
      return 1
      """;

  private final RScript scripts;
  private final RedissonClient redis;
  private final Clock clock;

  public RedisRateLimiter(RedissonClient redis, Clock clock) {
    this.redis = redis;
    this.scripts = redis.getScript(StringCodec.INSTANCE);
    this.clock = clock;
  }

  @Override
  public Duration blockedFor(RateLimit limit, String key) {
    Long millis =
        scripts.eval(
            Mode.READ_WRITE,
            BLOCKED_FOR,
            ReturnType.INTEGER,
            List.<Object>of(redisKey(limit, key)),
            arguments(limit));
    return Duration.ofMillis(Math.max(0, millis));
  }

  @Override
  public void record(RateLimit limit, String key) {
    var arguments = arguments(limit);
    scripts.eval(
        Mode.READ_WRITE,
        RECORD,
        ReturnType.INTEGER,
        List.<Object>of(redisKey(limit, key)),
        arguments[0],
        arguments[1],
        arguments[2],
        UUID.randomUUID().toString());
  }

  @Override
  public void clear(RateLimit limit, String key) {
    redis.getKeys().delete(redisKey(limit, key));
  }

  private Object[] arguments(RateLimit limit) {
    return new Object[] {
      Long.toString(clock.millis()),
      Long.toString(limit.window().toMillis()),
      Integer.toString(limit.attempts())
    };
  }

  static String redisKey(RateLimit limit, String key) {
    return KEY_PREFIX + limit.name() + ':' + key;
  }
}
