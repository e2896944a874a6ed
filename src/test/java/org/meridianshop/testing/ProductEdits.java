package org.meridianshop.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;

/** An administrator's edit of a product through the catalog API, as the search tests make them. */
public final class ProductEdits {

  private ProductEdits() {}

  /** Changes the product's fields (such as its name or status) on the run's server. */
  public static void edit(Object productId, Map<String, ?> changes) {
    edit(RunningShop.baseUri(), productId, changes);
  }

  /** The same through a given server of the shop. */
  public static void edit(URI server, Object productId, Map<String, ?> changes) {
    given()
        .baseUri(server.toString())
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json")
        .body(changes)
        .patch("api/admin/products/{id}", productId)
        .then()
        .statusCode(204);
  }
}
