package org.meridianshop.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/**
 * The inventory API rows: levels, adjustments and their refusals, transfers, restock, low stock.
 */
@ExtendWith(RunningShop.class)
class InventoryApiIT {

  @Test
  void aProductsStockIsSummedOverItsVariantsPerWarehouse() {
    var stock = InventoryApi.stock(41);
    assertThat(stock.getLong("productId")).isEqualTo(41);
    assertThat(stock.getList("warehouses")).isNotEmpty();
    int perWarehouse =
        stock.getList("warehouses.available", Integer.class).stream().mapToInt(i -> i).sum();
    int perVariant =
        stock.getList("variants.available", Integer.class).stream().mapToInt(i -> i).sum();
    assertThat(stock.getInt("available")).isEqualTo(perWarehouse).isEqualTo(perVariant);
    assertThat(stock.getInt("available") + stock.getInt("reserved"))
        .isEqualTo(stock.getInt("onHand"));
  }

  @Test
  void anAdjustmentChangesTheLevelAndIsLogged() {
    long productId = 45;
    long variantId = InventoryApi.firstVariant(productId);
    long warehouseId = InventoryApi.stock(productId).getLong("warehouses[0].warehouseId");
    int before = InventoryApi.stock(productId).getInt("available");
    InventoryApi.adjust(productId, variantId, warehouseId, 7)
        .then()
        .statusCode(200)
        .body("available", equalTo(before + 7));
    var last = InventoryApi.history(productId).get(InventoryApi.history(productId).size() - 1);
    assertThat(last)
        .containsEntry("kind", "ADJUSTMENT")
        .containsEntry("quantityChange", 7)
        .containsEntry("reason", "test count");
    assertThat(InventoryApi.count(last, "onHandAfter") - InventoryApi.count(last, "onHandBefore"))
        .isEqualTo(7);
  }

  @Test
  void takingAwayMoreThanIsThereIs422AndChangesNothing() {
    long productId = 45;
    long variantId = InventoryApi.firstVariant(productId);
    var before = InventoryApi.stock(productId);
    long warehouseId = before.getLong("warehouses[0].warehouseId");
    InventoryApi.adjust(productId, variantId, warehouseId, -1_000_000)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    assertThat(InventoryApi.stock(productId).getInt("onHand")).isEqualTo(before.getInt("onHand"));
  }

  @Test
  void badInputIs400AndUnknownThingsAre404() {
    long variantId = InventoryApi.firstVariant(45);
    InventoryApi.admin()
        .body(Map.of("quantityChange", 3))
        .put("45")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("warehouseId"));
    InventoryApi.admin()
        .body(Map.of("warehouseId", 1, "quantityChange", 0, "reason", "x"))
        .put("45")
        .then()
        .statusCode(400);
    InventoryApi.adjust(45, variantId, 999_999, 1).then().statusCode(404);
    InventoryApi.adjust(999_999, variantId, 1, 1).then().statusCode(404);
    InventoryApi.admin().get("999999").then().statusCode(404);
  }

  @Test
  void customersAreForbiddenAndAnonymousCallersAskedToSignIn() {
    var customer = registerCustomer();
    var anyone = given().baseUri(RunningShop.baseUri().toString()).basePath("api/inventory");
    anyone.get("41").then().statusCode(401);
    given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/inventory")
        .auth()
        .oauth2(customer)
        .contentType("application/json")
        .body(Map.of("warehouseId", 1, "quantityChange", 5, "reason", "mine"))
        .put("41")
        .then()
        .statusCode(403);
    given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/inventory")
        .auth()
        .oauth2(customer)
        .contentType("application/json")
        .body("{}")
        .post("reservations")
        .then()
        .statusCode(403);
  }

  @Test
  void aTransferMovesUnitsAndKeepsTheTotal() {
    long productId = 50;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 10);
    var stock = InventoryApi.stock(productId);
    long from = stock.getLong("warehouses[0].warehouseId");
    long to = stock.getLong("warehouses[1].warehouseId");
    InventoryApi.admin()
        .body(
            Map.of(
                "variantId", variantId,
                "fromWarehouseId", from,
                "toWarehouseId", to,
                "quantity", 4,
                "reason", "rebalance"))
        .post("transfers")
        .then()
        .statusCode(200)
        .body("available", equalTo(stock.getInt("available")))
        .body("warehouses[1].available", equalTo(stock.getInt("warehouses[1].available") + 4));
    InventoryApi.admin()
        .body(
            Map.of(
                "variantId", variantId,
                "fromWarehouseId", from,
                "toWarehouseId", to,
                "quantity", 7,
                "reason", "too many"))
        .post("transfers")
        .then()
        .statusCode(422);
  }

  @Test
  void aRestockFileIsCheckedWholeThenStagedAndTheJobAppliesIt() {
    long productId = 51;
    var stock = InventoryApi.stock(productId);
    var sku = stock.getString("variants[0].sku");
    var warehouse = stock.getString("warehouses[0].warehouseCode");
    InventoryApi.admin()
        .contentType("text/csv")
        .body("sku,warehouseCode,quantity\n" + sku + "," + warehouse + ",5\nNO-SUCH-SKU,EWR,1\n")
        .post("restock")
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("line 3"));
    assertThat(InventoryApi.stock(productId).getInt("onHand")).isEqualTo(stock.getInt("onHand"));

    var restockId =
        InventoryApi.admin()
            .contentType("text/csv")
            .body(sku + "," + warehouse + ",5\n" + sku + "," + warehouse + ",3\n")
            .post("restock")
            .then()
            .statusCode(200)
            .body("lines", equalTo(2))
            .body("units", equalTo(8))
            .extract()
            .<String>path("restockId");
    assertThat(InventoryApi.runRestock(restockId).getInt("applied")).isEqualTo(2);
    assertThat(InventoryApi.stock(productId).getInt("onHand"))
        .isEqualTo(stock.getInt("onHand") + 8);
    var last = InventoryApi.history(productId);
    assertThat(last.get(last.size() - 1)).containsEntry("kind", "RESTOCK");
  }

  @Test
  void aRestockLineGoneBadIsRejectedByItsNumberAndTheOthersAreStillApplied() {
    long productId = 52;
    var stock = InventoryApi.stock(productId);
    var sku = stock.getString("variants[0].sku");
    var main = stock.getString("warehouses[0].warehouseCode");
    var closing = Warehouses.create("Closing soon");
    var restockId =
        InventoryApi.admin()
            .contentType("text/csv")
            .body(
                "sku,warehouseCode,quantity\n"
                    + sku
                    + ","
                    + main
                    + ",4\n"
                    + sku
                    + ","
                    + closing.code()
                    + ",2\n")
            .post("restock")
            .then()
            .statusCode(200)
            .body("lines", equalTo(2))
            .extract()
            .<String>path("restockId");
    assertThat(InventoryApi.stock(productId).getInt("onHand")).isEqualTo(stock.getInt("onHand"));
    Warehouses.edit(closing.id(), closing.code(), "Closed", false).then().statusCode(200);

    var progress = InventoryApi.runRestock(restockId);
    assertThat(progress.getInt("applied")).isEqualTo(1);
    assertThat(progress.getInt("rejected")).isEqualTo(1);
    assertThat(progress.getInt("rejections[0].line")).isEqualTo(3);
    assertThat(progress.getString("rejections[0].problem")).contains("not in use");
    var after = InventoryApi.stock(productId);
    assertThat(after.getInt("onHand")).isEqualTo(stock.getInt("onHand") + 4);
    assertThat(after.getInt("warehouses[0].onHand"))
        .isEqualTo(stock.getInt("warehouses[0].onHand") + 4);
    var history = InventoryApi.history(productId);
    assertThat(history.get(history.size() - 1))
        .containsEntry("kind", "RESTOCK")
        .containsEntry("quantityChange", 4)
        .containsEntry("reference", restockId);
  }

  @Test
  void aRestockRunIsFollowedByItsIdAndAnUnknownOneIs404() {
    var run = InventoryApi.admin().post("restock/runs").then().statusCode(202).extract().jsonPath();
    InventoryApi.admin()
        .get("restock/runs/{id}", run.getLong("executionId"))
        .then()
        .statusCode(200)
        .body("executionId", equalTo(run.getInt("executionId")));
    InventoryApi.admin().get("restock/runs/{id}", 999_999_999).then().statusCode(404);
    InventoryApi.admin().get("restock/{id}", "restock-none").then().statusCode(404);
  }

  @Test
  void productsAtOrUnderTheirThresholdAreListedAsLowStock() {
    long productId = 60;
    long variantId = InventoryApi.firstVariant(productId);
    for (var variant : InventoryApi.stock(productId).getList("variants.variantId", Long.class)) {
      InventoryApi.setAvailable(productId, variant, variant == variantId ? 2 : 0);
    }
    InventoryApi.admin()
        .get("low-stock")
        .then()
        .statusCode(200)
        .body("productId", hasItem((int) productId));
  }

  @Test
  void aReservationIsFinalizedOnceAndAReleasedOneCannotBeSold() {
    long productId = 61;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 6);
    var sold = InventoryApi.reserve("order-" + UUID.randomUUID(), variantId, 2);
    sold.then().statusCode(201).body("status", equalTo("ACTIVE"));
    var soldId = sold.jsonPath().getString("id");
    InventoryApi.admin().post("reservations/{id}/finalize", soldId).then().statusCode(200);
    InventoryApi.admin().post("reservations/{id}/finalize", soldId).then().statusCode(409);
    var released = InventoryApi.reserve("order-" + UUID.randomUUID(), variantId, 3).jsonPath();
    InventoryApi.admin()
        .queryParam("reason", "payment failed")
        .delete("reservations/{id}", released.getString("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("RELEASED"))
        .body("closeReason", containsString("payment failed"));
    InventoryApi.admin()
        .post("reservations/{id}/finalize", released.getString("id"))
        .then()
        .statusCode(409);
    var variant = InventoryApi.variant(InventoryApi.stock(productId), variantId);
    assertThat(InventoryApi.count(variant, "onHand")).isEqualTo(4);
    assertThat(InventoryApi.count(variant, "available")).isEqualTo(4);
    InventoryApi.reserve("order-" + UUID.randomUUID(), variantId, 5).then().statusCode(422);
  }

  private static String registerCustomer() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .header("X-Forwarded-For", "10.200.0." + (1 + (int) (Math.random() * 200)))
        .contentType("application/json")
        .body(
            Map.of(
                "email", "stock-" + UUID.randomUUID() + "@example.com",
                "password", "a long enough secret",
                "firstName", "Ada",
                "lastName", "Lovelace"))
        .post("api/users/register")
        .then()
        .statusCode(201)
        .extract()
        .path("accessToken");
  }
}
