package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.testing.RunningShop;

/**
 * Redis (carts, caches, rate limits, sessions) stops under load and starts again, empty: products
 * still show, what needs a cart says 503, and the shop takes orders again once Redis is back.
 */
@ExtendWith(RunningShop.class)
class RedisOutageIT {

  @Test
  void productsStillShowWhileRedisIsDownAndCheckoutComesBackByItself() {
    var redis = RunningShop.redis().orElseThrow();

    var drill =
        FaultDrill.run(
            "Redis stopped", 121, Duration.ofSeconds(8), Fault.of(redis::stop, redis::restart));

    drill.assertShopCoped();
    assertThat(drill.during().to("product").succeeded()).as(drill.report()).isPositive();
    assertThat(drill.during().to("page").succeeded()).as(drill.report()).isPositive();
  }
}
