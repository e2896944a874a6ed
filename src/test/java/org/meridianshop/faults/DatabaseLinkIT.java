package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.orders.Stock;
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
    var stock = Stock.of(123, 2000);
    var invariants = ShopInvariants.before(stock);

    var drill =
        FaultDrill.run(
            "database frozen",
            stock,
            Duration.ofSeconds(5),
            Fault.of(database::freeze, database::restore));

    drill.assertAnsweredClearly();
    drill.assertRecoveredInTime();
    invariants.assertHold(drill.shoppers());
  }

  @Test
  void cutDatabaseConnectionsAreAnswered503AndTheShopReconnectsByItself() {
    var stock = Stock.of(124, 2000);
    var invariants = ShopInvariants.before(stock);

    var drill =
        FaultDrill.run(
            "database connections cut",
            stock,
            Duration.ofSeconds(6),
            Fault.of(database::cut, database::restore));

    drill.assertAnsweredClearly();
    assertThat(drill.during().unavailable()).as(drill.report()).isPositive();
    drill.assertRecoveredInTime();
    invariants.assertHold(drill.shoppers());
  }
}
