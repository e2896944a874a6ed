package org.meridianshop.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.platform.cache.DeferredEvictions;
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

  @Test
  void listsShowALowCountAtOnceAndACountWellInStockWithinTheMinute() {
    long productId = 76;
    for (var variant : InventoryApi.stock(productId).getList("variants.variantId", Long.class)) {
      InventoryApi.setAvailable(productId, variant, 0);
    }
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 40);
    var category =
        InventoryApi.await(
                () -> product(productId), p -> p.getInt("availableQuantity") == 40, LIMIT)
            .getString("category.slug");
    assertThat(card(category, productId).availableQuantity()).isEqualTo(40);

    InventoryApi.setAvailable(productId, variantId, 3);
    InventoryApi.await(() -> product(productId), p -> p.getInt("availableQuantity") == 3, LIMIT);
    var low = card(category, productId);
    assertThat(low.stockStatus()).isEqualTo("low_stock");
    assertThat(low.availableQuantity()).isEqualTo(3);

    InventoryApi.setAvailable(productId, variantId, 40);
    InventoryApi.await(() -> product(productId), p -> p.getInt("availableQuantity") == 40, LIMIT);
    assertThat(card(category, productId).availableQuantity()).isEqualTo(40); // cached again
    InventoryApi.setAvailable(productId, variantId, 39);
    InventoryApi.await(() -> product(productId), p -> p.getInt("availableQuantity") == 39, LIMIT);
    var sold =
        InventoryApi.await(
            () -> card(category, productId),
            c -> c.availableQuantity() == 39,
            DeferredEvictions.ALLOWANCE.plusSeconds(10));
    assertThat(sold.stockStatus()).isEqualTo("in_stock");
    assertThat(sold.availableQuantity()).isEqualTo(39);
  }

  /** How the product's card in its category's list looks now, cached or not. */
  private static Card card(String category, long id) {
    var list =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("category", category)
            .queryParam("size", 100)
            .get("api/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    var item = "items.find { it.id == '" + id + "' }.";
    return new Card(list.getString(item + "stockStatus"), list.getInt(item + "availableQuantity"));
  }

  private record Card(String stockStatus, int availableQuantity) {}

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
