package org.meridianshop.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/**
 * Reservations expire on their own (the test server's INVENTORY_RESERVATION_TTL is 15 seconds): the
 * units go back on sale, logged as a RELEASE by the system. An expiry that falls due while the
 * server is down happens once it is back. Runs on both wirings, so the persistent EJB timers are
 * proven on H2 and on PostgreSQL.
 */
@ExtendWith(RunningShop.class)
class ReservationExpiryCrashIT {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void anUnconfirmedReservationExpiresAndItsUnitsGoBackOnSale() {
    long productId = 70;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 4);
    var id = reserve(variantId, 3);
    assertThat(InventoryApi.available(InventoryApi.stock(productId), variantId)).isEqualTo(1);

    var reservation =
        InventoryApi.await(
            () -> InventoryApi.reservation(id),
            r -> r.getString("status").equals("RELEASED"),
            LIMIT);

    assertThat(reservation.getString("status")).isEqualTo("RELEASED");
    assertThat(reservation.getString("closeReason")).isEqualTo("expired");
    assertThat(InventoryApi.available(InventoryApi.stock(productId), variantId)).isEqualTo(4);
    assertReleasedOnceBySystem(productId, id);
  }

  @Test
  void anExpiryDueWhileTheServerIsDownHappensOnceAfterTheRestart() {
    long productId = 71;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 4);
    var id = reserve(variantId, 2);

    RunningShop.server().crash();
    RunningShop.server().restart();

    var reservation =
        InventoryApi.await(
            () -> InventoryApi.reservation(id),
            r -> r.getString("status").equals("RELEASED"),
            LIMIT);
    assertThat(reservation.getString("closeReason")).isEqualTo("expired");
    assertThat(InventoryApi.available(InventoryApi.stock(productId), variantId)).isEqualTo(4);
    assertReleasedOnceBySystem(productId, id);
  }

  private static String reserve(long variantId, int units) {
    return InventoryApi.reserve("order-" + UUID.randomUUID(), variantId, units)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void assertReleasedOnceBySystem(long productId, String reservationId) {
    var releases =
        InventoryApi.history(productId).stream()
            .filter(e -> reservationId.equals(e.get("reference")))
            .filter(e -> "RELEASE".equals(e.get("kind")))
            .toList();
    assertThat(releases).hasSize(1);
    assertThat(releases.get(0)).containsEntry("actor", "system").containsEntry("reason", "expired");
  }
}
