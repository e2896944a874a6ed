package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.testing.RunningShop;

/**
 * The Kafka broker stops while shoppers check out and starts again: orders are still taken (their
 * events wait in the outbox), and the checkout saga finishes each of them once, after the broker is
 * back.
 */
@ExtendWith(RunningShop.class)
class KafkaOutageUnderLoadIT {

  @Test
  void ordersTakenWhileKafkaIsDownEndOnceItIsBack() {
    var broker = RunningShop.kafka().orElseThrow();

    var drill =
        FaultDrill.run(
            "Kafka stopped", 122, Duration.ofSeconds(8), Fault.of(broker::stop, broker::restart));

    drill.assertShopCoped();
    assertThat(drill.checkoutsAcceptedDuring()).as(drill.report()).isPositive();
  }
}
