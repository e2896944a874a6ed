package org.meridianshop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.KafkaEvents;
import org.meridianshop.testing.KafkaEvents.Event;
import org.meridianshop.testing.RunningShop;

/**
 * On demand, not part of the build (the name matches neither {@code *Test} nor {@code *IT}): a
 * burst of orders on the production wiring, each one published as {@code order.created} (an order
 * confirmation, high; the shop's payments then charge it, and {@code payment.success} makes a
 * receipt, critical) and {@code order.delivered} (a delivery confirmation, medium), all at once, so
 * a backlog forms in the notification queue. It reports notifications per second and, by priority,
 * how long each waited from being queued (its event handled) to being sent, and from the burst's
 * publication to being sent. Run it with
 *
 * <pre>
 * mvn -o package liberty:create@prepare-server-for-tests liberty:deploy@prepare-server-for-tests \
 *   failsafe:integration-test@production-wiring -Dit.test=NotificationBacklogBenchmark \
 *   -Dbenchmark.orders=60
 * </pre>
 */
@ExtendWith(RunningShop.class)
class NotificationBacklogBenchmark {

  private static final Logger LOG = Logger.getLogger(NotificationBacklogBenchmark.class.getName());
  private static final int ORDERS = Integer.getInteger("benchmark.orders", 60);
  private static final int PER_ORDER = 3;

  @Test
  void notificationsPerSecondAndLatencyByPriorityUnderABacklog() {
    var run = "backlog" + Long.toString(System.currentTimeMillis(), 36);
    var events = new ArrayList<Event>();
    for (int i = 0; i < ORDERS; i++) {
      events.addAll(order(run + "-" + i + "@example.com"));
    }
    var published = Instant.now();
    KafkaEvents.publishAll(events);

    var sent = awaitSent(run, ORDERS * PER_ORDER, published, Duration.ofMinutes(10));
    var last = sent.stream().map(Sent::sentAt).max(Instant::compareTo).orElseThrow();
    var first = sent.stream().map(Sent::sentAt).min(Instant::compareTo).orElseThrow();
    var report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%d notifications from %d orders: all sent %.1f s after the burst was published,"
                + " %.1f notifications/s from the first to the last sent%n",
            sent.size(),
            ORDERS,
            Duration.between(published, last).toMillis() / 1000.0,
            (sent.size() - 1) * 1000.0 / Math.max(1, Duration.between(first, last).toMillis())));
    sent.stream()
        .collect(Collectors.groupingBy(Sent::priority, TreeMap::new, Collectors.toList()))
        .forEach(
            (priority, group) ->
                report.append(
                    String.format(
                        Locale.ROOT,
                        "%-8s %4d  queued to sent p50 %6d ms p95 %6d ms max %6d ms;"
                            + " burst to sent p50 %6d ms max %6d ms%n",
                        priority,
                        group.size(),
                        percentile(group, 50, false),
                        percentile(group, 95, false),
                        percentile(group, 100, false),
                        percentile(group, 50, true),
                        percentile(group, 100, true))));
    LOG.info(report::toString);
    assertThat(sent).hasSize(ORDERS * PER_ORDER);
  }

  /** One notification as sent: its priority and its times. */
  private record Sent(String priority, Instant createdAt, Instant sentAt, Instant published) {
    long waited(boolean sincePublished) {
      return Duration.between(sincePublished ? published : createdAt, sentAt).toMillis();
    }
  }

  private static long percentile(List<Sent> group, int percentile, boolean sincePublished) {
    var waits = group.stream().mapToLong(s -> s.waited(sincePublished)).sorted().toArray();
    var index = (int) Math.ceil(percentile / 100.0 * waits.length) - 1;
    return waits[Math.max(0, Math.min(index, waits.length - 1))];
  }

  private static List<Event> order(String email) {
    var orderId = UUID.randomUUID().toString();
    var accountId = UUID.randomUUID().toString();
    return List.of(
        new Event(
            "order.created",
            orderId,
            Map.of(
                "orderId",
                orderId,
                "accountId",
                accountId,
                "email",
                email,
                "amount",
                "29.98",
                "currency",
                "USD",
                "paymentMethod",
                "pm_card_visa",
                "reservationId",
                "r-" + orderId,
                "lines",
                List.of(
                    Map.of(
                        "productId",
                        7,
                        "name",
                        "Harbor Cable",
                        "quantity",
                        2,
                        "unitPrice",
                        "14.99")),
                "placedAt",
                Instant.now().toString())),
        new Event(
            "order.delivered",
            orderId,
            Map.of("orderId", orderId, "accountId", accountId, "email", email)));
  }

  /** Every notification of the run once all are sent, read page by page from the history. */
  private static List<Sent> awaitSent(
      String run, int expected, Instant published, Duration patience) {
    var deadline = published.plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (NotificationLog.search(run, "sent", "", 1, 100).getInt("total") >= expected) {
        var sent = new ArrayList<Sent>();
        for (int page = 1; sent.size() < expected; page++) {
          var items = NotificationLog.search(run, "sent", "", page, 100);
          if (items.getList("items").isEmpty()) {
            break;
          }
          for (int i = 0; i < items.getList("items").size(); i++) {
            sent.add(
                new Sent(
                    items.getString("items[" + i + "].priority"),
                    Instant.parse(items.getString("items[" + i + "].createdAt")),
                    Instant.parse(items.getString("items[" + i + "].sentAt")),
                    published));
          }
        }
        return sent;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("Not all " + expected + " notifications were sent in " + patience);
  }
}
