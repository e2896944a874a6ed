package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.testing.DatabaseProxy;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.ShopWiring;

/**
 * The shop's connections to PostgreSQL freeze, or are cut, under load: requests wait or are
 * answered 503, none hangs past the bound (a freeze longer than the socket timeout is a 503, not a
 * wait for the thaw), and the shop reconnects by itself.
 */
@ExtendWith(RunningShop.class)
class DatabaseLinkIT {

  private final DatabaseProxy database = RunningShop.databaseProxy().orElseThrow();

  @Test
  void aFrozenDatabaseHoldsRequestsUntilItThawsAndLosesNothing() {
    var drill =
        FaultDrill.run(
            "database frozen",
            123,
            Duration.ofSeconds(5),
            Fault.of(database::freeze, database::restore));

    drill.assertShopCoped();
  }

  @Test
  void aDatabaseFrozenLongerThanTheSocketTimeoutIsAnswered503InsteadOfHoldingRequests() {
    var frozen = new AtomicReference<Instant>();
    var thawed = new AtomicReference<Instant>();
    var drill =
        FaultDrill.run(
            "database frozen past the socket timeout",
            127,
            // long enough that a request held until the thaw would outlast the answer bound
            ShopWiring.Production.DATABASE_SOCKET_TIMEOUT
                .plus(ShopLoad.ANSWER_BOUND)
                .plus(Duration.ofSeconds(3)),
            Fault.of(
                () -> {
                  frozen.set(Instant.now());
                  database.freeze();
                },
                () -> {
                  database.restore();
                  thawed.set(Instant.now());
                }));

    drill.assertShopCoped();
    assertThat(drill.during().unavailable()).as(drill.report()).isPositive();
    // requests were sent so early in the freeze that waiting for the thaw would have taken them
    // past the answer bound, which assertShopCoped holds every answer to
    var sentEarly =
        drill
            .all()
            .where(
                a ->
                    !a.sent().isBefore(frozen.get())
                        && a.sent().isBefore(thawed.get().minus(ShopLoad.ANSWER_BOUND)));
    assertThat(sentEarly.all()).as(drill.report()).isNotEmpty();
  }

  @Test
  void cutDatabaseConnectionsAreAnswered503AndTheShopReconnectsByItself() {
    var drill =
        FaultDrill.run(
            "database connections cut",
            124,
            Duration.ofSeconds(6),
            Fault.of(database::cut, database::restore));

    drill.assertShopCoped();
    assertThat(drill.during().unavailable()).as(drill.report()).isPositive();
  }
}
