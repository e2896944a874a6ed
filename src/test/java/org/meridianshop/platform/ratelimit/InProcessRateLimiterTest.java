package org.meridianshop.platform.ratelimit;

class InProcessRateLimiterTest extends RateLimiterContract {

  private final InProcessRateLimiter limiter = new InProcessRateLimiter(clock);

  @Override
  RateLimiter limiter() {
    return limiter;
  }
}
