package org.meridianshop.analytics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridianshop.cart.ItemAddedToCart;

/**
 * Visits and cart additions, kept in memory as they happen and written in batches every few seconds
 * ({@link ActivityFlush}), so a page view costs a queue append, not a database write. At most
 * {@link #MOST_WAITING} wait; beyond that new ones are dropped (and counted in the log) rather than
 * let a flood fill the heap. What waits when the server dies is lost: these are statistics.
 */
@ApplicationScoped
public class ShopperActivity {

  static final int MOST_WAITING = 50_000;
  private static final Logger LOG = Logger.getLogger(ShopperActivity.class.getName());

  @Resource(lookup = "jdbc/shop")
  DataSource database;

  private final Queue<VisitRecord> visits = new ConcurrentLinkedQueue<>();
  private final Queue<ItemAddedToCart> additions = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();

  /** A page view: who (a visitor cookie, and the account when signed in), what and when. */
  public record VisitRecord(String visitorId, String accountId, String path, Instant at) {}

  public void visited(VisitRecord visit) {
    if (room()) {
      visits.add(visit);
    }
  }

  void added(@Observes ItemAddedToCart addition) {
    if (room()) {
      additions.add(addition);
    }
  }

  /** Writes what waits, in one transaction per kind. */
  public void flush() throws SQLException {
    var pageViews = drain(visits);
    var carts = drain(additions);
    if (pageViews.isEmpty() && carts.isEmpty()) {
      return;
    }
    try (var connection = database.getConnection()) {
      try (var insert =
          connection.prepareStatement(
              "insert into analytics_visit (visitor_id, account_id, path, visited_at)"
                  + " values (?, ?, ?, ?)")) {
        for (var visit : pageViews) {
          insert.setString(1, visit.visitorId());
          insert.setString(2, visit.accountId());
          insert.setString(3, visit.path());
          insert.setTimestamp(4, Timestamp.from(visit.at()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (var insert =
          connection.prepareStatement(
              "insert into analytics_cart_addition (owner, product_id, quantity, added_at)"
                  + " values (?, ?, ?, ?)")) {
        for (var addition : carts) {
          insert.setString(1, addition.owner());
          insert.setLong(2, Long.parseLong(addition.productId()));
          insert.setInt(3, addition.quantity());
          insert.setTimestamp(4, Timestamp.from(addition.addedAt()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    var lost = dropped.getAndSet(0);
    if (lost > 0) {
      LOG.warning(() -> lost + " visits or cart additions were dropped: too many waited");
    }
  }

  private boolean room() {
    if (waiting.incrementAndGet() > MOST_WAITING) {
      waiting.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }

  private <T> List<T> drain(Queue<T> queue) {
    var drained = new ArrayList<T>();
    for (T next = queue.poll(); next != null; next = queue.poll()) {
      drained.add(next);
      waiting.decrementAndGet();
    }
    return drained;
  }
}
