package org.meridianshop.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/** The inventory API as the stock tests drive it, signed in as the administrator. */
public final class InventoryApi {

  private InventoryApi() {}

  public static RequestSpecification admin() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/inventory")
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }

  public static JsonPath stock(long productId) {
    return admin().get("{id}", productId).then().statusCode(200).extract().jsonPath();
  }

  public static Response adjust(long productId, long variantId, long warehouseId, int change) {
    return admin()
        .body(
            Map.of(
                "warehouseId", warehouseId,
                "quantityChange", change,
                "reason", "test count",
                "variantId", variantId))
        .put("{id}", productId);
  }

  /** Counts the variant to exactly {@code units} available, all in its first warehouse. */
  public static void setAvailable(long productId, long variantId, int units) {
    var variant = variant(stock(productId), variantId);
    @SuppressWarnings("unchecked")
    var warehouses = (List<Map<String, Object>>) variant.get("warehouses");
    for (int i = 0; i < warehouses.size(); i++) {
      var warehouse = warehouses.get(i);
      int target = i == 0 ? units : 0;
      int change = target - ((Number) warehouse.get("available")).intValue();
      if (change != 0) {
        adjust(productId, variantId, ((Number) warehouse.get("warehouseId")).longValue(), change)
            .then()
            .statusCode(200);
      }
    }
    assertThat(available(stock(productId), variantId)).isEqualTo(units);
  }

  /** The variant's part of a product's stock. */
  public static Map<String, Object> variant(JsonPath stock, long variantId) {
    List<Map<String, Object>> variants = stock.getList("variants");
    for (var variant : variants) {
      if (((Number) variant.get("variantId")).longValue() == variantId) {
        return variant;
      }
    }
    throw new AssertionError("No variant " + variantId + " in " + stock.prettify());
  }

  public static int available(JsonPath stock, long variantId) {
    return ((Number) variant(stock, variantId).get("available")).intValue();
  }

  public static int count(Map<String, Object> row, String field) {
    return ((Number) row.get(field)).intValue();
  }

  public static long firstVariant(long productId) {
    return stock(productId).getLong("variants[0].variantId");
  }

  static Response reserve(String reference, long variantId, int quantity) {
    return admin()
        .body(
            Map.of(
                "reference",
                reference,
                "lines",
                List.of(Map.of("variantId", variantId, "quantity", quantity))))
        .post("reservations");
  }

  public static JsonPath reservation(String id) {
    return admin().get("reservations/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  /** The product's audit trail, oldest first. */
  public static List<Map<String, Object>> history(long productId) {
    List<Map<String, Object>> newestFirst =
        admin()
            .queryParam("limit", 10_000)
            .get("{id}/history", productId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    var oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /**
   * Runs the restock job until the upload has no waiting line (a run already going may have passed
   * it by), and returns what became of its lines.
   */
  static JsonPath runRestock(String restockId) {
    var progress =
        await(
            () -> {
              admin().post("restock/runs").then().statusCode(202);
              return admin()
                  .get("restock/{id}", restockId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
            },
            p -> p.getInt("waiting") == 0,
            Duration.ofSeconds(60));
    assertThat(progress.getInt("waiting")).as("restock lines still waiting").isZero();
    return progress;
  }

  public static <T> T await(
      Supplier<T> probe, java.util.function.Predicate<T> done, Duration limit) {
    var deadline = Instant.now().plus(limit);
    T value = probe.get();
    while (!done.test(value) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }
}
