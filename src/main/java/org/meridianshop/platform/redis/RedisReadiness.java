package org.meridianshop.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Reports whether Redis answers, when the shop uses it. An outage alone does not make the shop
 * unready: every server shares the one Redis, and taking them all out of the load balancer would
 * turn a slower shop (cache reads fall through to the database) into no shop at all.
 */
@Readiness
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

  @Inject RedisSettings settings;
  @Inject Instance<RedissonClient> client;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("redis").up().withData("configured", false);
    if (!settings.isConfigured()) {
      return response.build();
    }
    return response.withData("configured", true).withData("reachable", answers()).build();
  }

  private boolean answers() {
    try {
      return client.get().getRedisNodes(RedisNodes.SINGLE).pingAll(1, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
