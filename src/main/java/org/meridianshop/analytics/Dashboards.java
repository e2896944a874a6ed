package org.meridianshop.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.meridianshop.inventory.InventoryViews;
import org.meridianshop.order.PlacedOrders;
import org.meridianshop.platform.cache.CacheStore;

/**
 * What the dashboard shows, each part cached for five minutes through the platform cache (shared in
 * Redis at scale): the loaded figures of a range, and the live figures. An ETL run that ends
 * forgets the cached ranges, so its figures show at once.
 */
@ApplicationScoped
public class Dashboards {

  static final String REGION = "analytics-dashboard";
  static final Duration FRESH_FOR = Duration.ofMinutes(5);
  static final Duration ACTIVE_WINDOW = Duration.ofMinutes(15);
  static final int LOWEST_SHOWN = 10;

  @Inject CacheStore cache;
  @Inject DashboardQueries queries;
  @Inject PlacedOrders orders;
  @Inject InventoryViews inventory;

  private final Clock clock = Clock.systemUTC();

  public Dashboard of(EtlDays days) {
    return cache.get(
        REGION,
        "range:" + days.from() + ":" + days.to(),
        FRESH_FOR,
        () -> queries.dashboard(days.from(), days.to()));
  }

  public LiveFigures live() {
    return cache.get(REGION, "live", FRESH_FOR, this::readLive);
  }

  /** The range of the last 30 days up to today: what the dashboard opens with. */
  public EtlDays lastThirtyDays() {
    var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new EtlDays(today.minusDays(29), today);
  }

  public void forget() {
    cache.evictAll(REGION);
  }

  private LiveFigures readLive() {
    var now = clock.instant();
    var today =
        orders.since(
            LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
    var low = inventory.lowStock();
    return new LiveFigures(
        today.orders(),
        orders.pending(),
        today.revenueUsd().setScale(2, java.math.RoundingMode.HALF_UP),
        queries.visitorsSince(now.minus(ACTIVE_WINDOW)),
        low.size(),
        low.stream()
            .limit(LOWEST_SHOWN)
            .map(
                item ->
                    new LiveFigures.LowStock(
                        item.productId(), item.name(), item.available(), item.threshold()))
            .toList());
  }
}
