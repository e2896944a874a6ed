package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.testing.DatabaseProxy;
import org.meridianshop.testing.RunningShop;

/**
 * The shop's connections to PostgreSQL freeze, or are cut, under load: requests wait or are
 * answered 503, none hangs past the bound, and the shop reconnects by itself.
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
