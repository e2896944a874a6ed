package org.meridianshop.analytics;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.meridianshop.order.PlacedOrder;
import org.meridianshop.order.PlacedOrders;
import org.meridianshop.payment.Refunds;

/**
 * Adds one chunk of orders to the daily figures, in the chunk's transaction (with the reader's
 * checkpoint). The load's {@code pauseMillis} waits after each chunk: a backfill can go easy on a
 * busy database.
 */
@Dependent
@Named
public class SalesWriter extends AbstractItemWriter {

  @Inject DailyFigures figures;
  @Inject Refunds refunds;
  @Inject PlacedOrders orders;
  @Inject EtlLoads loads;
  @Inject JobContext job;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void writeItems(List<Object> items) throws InterruptedException {
    var chunk = items.stream().map(PlacedOrder.class::cast).toList();
    var tally =
        SalesTally.of(
            chunk, refunds.refundedAmong(chunk.stream().map(PlacedOrder::orderId).toList()));
    figures.add(tally, clock.instant());
    tally
        .buyers()
        .forEach(
            (day, accounts) -> {
              var fresh = figures.newBuyers(day, accounts);
              var returning =
                  orders.orderedBefore(fresh, day.atStartOfDay(ZoneOffset.UTC).toInstant());
              fresh.forEach(account -> figures.addBuyer(day, account, returning.contains(account)));
            });
    var pause = loads.of(job.getInstanceId()).orElseThrow().pauseMillis();
    if (pause > 0) {
      Thread.sleep(pause);
    }
  }
}
