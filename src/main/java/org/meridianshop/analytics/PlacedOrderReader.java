package org.meridianshop.analytics;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.meridianshop.order.PlacedOrder;
import org.meridianshop.order.PlacedOrders;
import org.meridianshop.order.PlacedOrders.Position;

/**
 * Reads the orders placed in the run's days, oldest first, a page at a time. Its checkpoint is the
 * last order read ({@code placedAt/id}), so a restarted run carries on after the last committed
 * chunk.
 */
@Dependent
@Named
public class PlacedOrderReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @Inject PlacedOrders orders;
  @Inject EtlLoads loads;
  @Inject JobContext job;

  private final Deque<PlacedOrder> page = new ArrayDeque<>();
  private EtlDays days;
  private Position last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    days = loads.of(job.getInstanceId()).orElseThrow().days();
    last = checkpoint == null ? null : position((String) checkpoint);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      var next = orders.placedBetween(days.start(), days.end(), last, PAGE);
      exhausted = next.size() < PAGE;
      page.addAll(next);
    }
    var order = page.poll();
    if (order != null) {
      last = new Position(order.placedAt(), order.orderId());
    }
    return order;
  }

  @Override
  public Serializable checkpointInfo() {
    return last == null ? null : last.placedAt() + "/" + last.orderId();
  }

  static Position position(String checkpoint) {
    var slash = checkpoint.indexOf('/');
    return new Position(
        Instant.parse(checkpoint.substring(0, slash)), checkpoint.substring(slash + 1));
  }
}
