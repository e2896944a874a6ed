package org.meridianshop.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** The catalog's stock status follows inventory through inventory.updated, cache and all. */
@ExtendWith(RunningShop.class)
class CatalogFollowsInventoryIT {

  /**
   * Usually a second; right after a test restarted the server, a Kafka partition can wait for the
   * killed server's session to time out (15 s) before the new one handles its events.
   */
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  void aProductSoldOutAndRestockedShowsItInTheCatalogWithinSeconds() {
    long productId = 72;
    product(productId); // cached by the catalog from here on
    for (var variant : InventoryApi.stock(productId).getList("variants.variantId", Long.class)) {
      InventoryApi.setAvailable(productId, variant, 0);
    }
    var soldOut =
        InventoryApi.await(() -> product(productId), p -> !p.getBoolean("inStock"), LIMIT);
    assertThat(soldOut.getBoolean("inStock")).isFalse();
    assertThat(soldOut.getInt("availableQuantity")).isZero();

    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 9);
    var restocked =
        InventoryApi.await(
            () -> product(productId), p -> p.getInt("availableQuantity") == 9, LIMIT);
    assertThat(restocked.getInt("availableQuantity")).isEqualTo(9);
    assertThat(restocked.getBoolean("inStock")).isTrue();
    assertThat(restocked.getString("stockStatus")).isEqualTo("in_stock");
  }

  private static JsonPath product(long id) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/products/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
