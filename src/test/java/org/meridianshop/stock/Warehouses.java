package org.meridianshop.stock;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Warehouses made by the stock tests through the admin API, with codes no other test uses. */
final class Warehouses {

  private Warehouses() {}

  record Made(long id, String code) {}

  static String freshCode() {
    return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static Made create(String name) {
    var code = freshCode();
    var id =
        InventoryApi.admin()
            .body(Map.of("code", code, "name", name, "city", "Utrecht", "country", "NL"))
            .post("warehouses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Made(id, code);
  }

  static Response edit(long id, String code, String name, boolean active) {
    return InventoryApi.admin()
        .body(
            Map.of(
                "code",
                code,
                "name",
                name,
                "address",
                "Kanaalweg 1",
                "city",
                "Utrecht",
                "country",
                "NL",
                "active",
                active))
        .put("warehouses/{id}", id);
  }
}
