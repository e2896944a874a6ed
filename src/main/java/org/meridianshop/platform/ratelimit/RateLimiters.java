package org.meridianshop.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one place that picks the rate limiter. */
@ApplicationScoped
public class RateLimiters {

  @Produces
  @Singleton
  RateLimiter rateLimiter() {
    return new InProcessRateLimiter(Clock.systemUTC());
  }
}
