package org.meridianshop.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** Operators create and edit warehouses; bad fields are named, codes stay unique. */
@ExtendWith(RunningShop.class)
class WarehouseApiIT {

  @Test
  void aWarehouseIsCreatedListedAndEdited() {
    var code = Warehouses.freshCode();
    var created =
        InventoryApi.admin()
            .body(
                Map.of(
                    "code", code.toLowerCase(),
                    "name", "  North hub ",
                    "city", "Groningen",
                    "country", "nl"))
            .post("warehouses")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/inventory/warehouses/"))
            .body("code", equalTo(code))
            .body("name", equalTo("North hub"))
            .body("country", equalTo("NL"))
            .body("active", equalTo(true))
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    InventoryApi.admin().get("warehouses").then().statusCode(200).body("code", hasItem(code));

    Warehouses.edit(id, code, "North hub (closed)", false)
        .then()
        .statusCode(200)
        .body("name", equalTo("North hub (closed)"))
        .body("address", equalTo("Kanaalweg 1"))
        .body("active", equalTo(false));
    var shown = InventoryApi.admin().get("warehouses/{id}", id).then().statusCode(200).extract();
    assertThat(shown.jsonPath().getBoolean("active")).isFalse();
  }

  @Test
  void everyBadFieldIsNamedAndATakenCodeIsRefused() {
    InventoryApi.admin()
        .body(Map.of("code", "x", "name", " ", "country", "Netherlands"))
        .post("warehouses")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("code", "name", "city", "country"));
    var taken = Warehouses.create("Taken code");
    InventoryApi.admin()
        .body(Map.of("code", taken.code(), "name", "Copy", "city", "Delft", "country", "NL"))
        .post("warehouses")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("code"));
    InventoryApi.admin().get("warehouses/{id}", 999_999_999).then().statusCode(404);
  }

  @Test
  void onlyAdministratorsReachWarehouses() {
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/inventory/warehouses")
        .then()
        .statusCode(401);
  }
}
