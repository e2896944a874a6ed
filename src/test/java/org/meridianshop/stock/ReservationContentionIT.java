package org.meridianshop.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.stock.InventoryApi.count;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Fifty checkouts race for a variant's last five units: exactly five get them, stock ends at zero
 * and never below, and the audit trail adds up to the movement. Runs on both wirings (H2 and
 * PostgreSQL), three times, each on a product of its own.
 */
@ExtendWith(RunningShop.class)
class ReservationContentionIT {

  private static final int BUYERS = 50;
  private static final int UNITS = 5;
  private static final long[] PRODUCTS = {40, 43, 44};

  @RepeatedTest(3)
  void fiftyReservationsForTheLastFiveUnitsGiveExactlyFive(RepetitionInfo repetition)
      throws Exception {
    long productId = PRODUCTS[repetition.getCurrentRepetition() - 1];
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, UNITS);
    var stockBefore = InventoryApi.stock(productId);
    long lastEntryBefore = lastEntryId(productId);
    ApiLogin.adminToken(); // signed in before the race, so every buyer starts at once

    var statuses = race(productId, variantId);

    var won = statuses.stream().filter(r -> r.status() == 201).toList();
    assertThat(won).hasSize(UNITS);
    assertThat(statuses).extracting(Result::status).containsOnly(201, 422);
    var stock = InventoryApi.stock(productId);
    assertThat(InventoryApi.available(stock, variantId)).isZero();
    assertThat(count(InventoryApi.variant(stock, variantId), "reserved")).isEqualTo(UNITS);
    assertThat(stock.getInt("available"))
        .isEqualTo(stockBefore.getInt("available") - UNITS)
        .isGreaterThanOrEqualTo(0);

    for (var reservation : won) {
      InventoryApi.admin()
          .post("reservations/{id}/finalize", reservation.id())
          .then()
          .statusCode(200);
    }
    var sold = InventoryApi.variant(InventoryApi.stock(productId), variantId);
    assertThat(count(sold, "onHand")).isZero();
    assertThat(count(sold, "reserved")).isZero();
    assertTheLogAddsUp(productId, variantId, lastEntryBefore);
  }

  private static List<Result> race(long productId, long variantId) throws Exception {
    var start = new CountDownLatch(1);
    var buyers = new ArrayList<Callable<Result>>();
    for (int i = 0; i < BUYERS; i++) {
      var reference = "race-" + productId + "-" + i;
      buyers.add(
          () -> {
            start.await();
            var response = InventoryApi.reserve(reference, variantId, 1);
            return new Result(
                response.statusCode(),
                response.statusCode() == 201 ? response.jsonPath().getString("id") : null);
          });
    }
    var pool = Executors.newFixedThreadPool(BUYERS);
    try {
      var futures = buyers.stream().map(pool::submit).toList();
      var began = Instant.now();
      start.countDown();
      var results = new ArrayList<Result>();
      for (var future : futures) {
        results.add(future.get());
      }
      var took = Duration.between(began, Instant.now());
      System.out.printf(
          "Contention: %d reservations for %d units of variant %d in %d ms (%.0f/s)%n",
          BUYERS,
          UNITS,
          variantId,
          took.toMillis(),
          BUYERS * 1000.0 / Math.max(1, took.toMillis()));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Every entry since the race starts where the one before it on the same level ended, and the
   * changes of available stock they log add up to the variant's movement (all five units gone).
   */
  private static void assertTheLogAddsUp(long productId, long variantId, long after) {
    var entries =
        InventoryApi.history(productId).stream()
            .filter(e -> ((Number) e.get("id")).longValue() > after)
            .filter(e -> ((Number) e.get("variantId")).longValue() == variantId)
            .toList();
    assertThat(entries).extracting(e -> e.get("kind")).containsOnly("RESERVATION", "SALE");
    assertThat(entries).hasSize(2 * UNITS);
    assertThat(entries.stream().mapToInt(e -> count(e, "availableChange")).sum()).isEqualTo(-UNITS);
    assertThat(
            entries.stream()
                .mapToInt(e -> count(e, "onHandAfter") - count(e, "onHandBefore"))
                .sum())
        .isEqualTo(-UNITS);
    var lastOnHand = new java.util.HashMap<Object, Integer>();
    var lastReserved = new java.util.HashMap<Object, Integer>();
    for (Map<String, Object> entry : entries) {
      var level = entry.get("warehouseId");
      if (lastOnHand.containsKey(level)) {
        assertThat(count(entry, "onHandBefore")).isEqualTo(lastOnHand.get(level));
        assertThat(count(entry, "reservedBefore")).isEqualTo(lastReserved.get(level));
      }
      lastOnHand.put(level, count(entry, "onHandAfter"));
      lastReserved.put(level, count(entry, "reservedAfter"));
    }
  }

  private static long lastEntryId(long productId) {
    var entries = InventoryApi.history(productId);
    return entries.isEmpty() ? 0 : ((Number) entries.get(entries.size() - 1).get("id")).longValue();
  }

  private record Result(int status, String id) {}
}
