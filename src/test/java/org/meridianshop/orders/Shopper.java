package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.RunningShop;

/** A newly registered customer who fills a cart and checks out through the API. */
public record Shopper(String email, String accessToken) {

  static final Duration SAGA_PATIENCE = Duration.ofSeconds(40);
  static final String PASSWORD = "a long enough secret";

  public static Shopper register() {
    var email = "checkout-" + UUID.randomUUID() + "@example.com";
    String token =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .contentType("application/json")
            .body(
                Map.of(
                    "email",
                    email,
                    "password",
                    PASSWORD,
                    "firstName",
                    "Olive",
                    "lastName",
                    "Buyer"))
            .post("api/users/register")
            .then()
            .statusCode(201)
            .extract()
            .path("accessToken");
    return new Shopper(email, token);
  }

  RequestSpecification api() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api")
        .auth()
        .oauth2(accessToken)
        .contentType("application/json");
  }

  void addToCart(long productId, long variantId, int quantity) {
    api()
        .body(
            Map.of(
                "productId", Long.toString(productId),
                "variantId", Long.toString(variantId),
                "quantity", quantity))
        .post("cart/items")
        .then()
        .statusCode(200);
  }

  JsonPath cart() {
    return api().get("cart").then().statusCode(200).extract().jsonPath();
  }

  Response checkout(String paymentMethod, String idempotencyKey) {
    var request = api();
    if (idempotencyKey != null) {
      request = request.header("Idempotency-Key", idempotencyKey);
    }
    return request.body(checkoutBody(paymentMethod)).post("orders");
  }

  /** Places an order and returns its id (202 expected). */
  String placeOrder(String paymentMethod) {
    return checkout(paymentMethod, UUID.randomUUID().toString())
        .then()
        .statusCode(202)
        .extract()
        .path("orderId");
  }

  JsonPath order(String orderId) {
    return api().get("orders/{id}", orderId).then().statusCode(200).extract().jsonPath();
  }

  /** The order once the predicate holds (or as it stands when patience runs out, to fail on). */
  JsonPath awaitOrder(String orderId, Predicate<JsonPath> reached) {
    return InventoryApi.await(() -> order(orderId), reached, SAGA_PATIENCE);
  }

  JsonPath awaitStatus(String orderId, String status) {
    var order = awaitOrder(orderId, o -> status.equals(o.getString("status")));
    assertThat(order.getString("status")).as(order.prettify()).isEqualTo(status);
    return order;
  }

  public static Map<String, Object> checkoutBody(String paymentMethod) {
    var body = new HashMap<String, Object>();
    body.put(
        "shippingAddress",
        Map.of(
            "name", "Olive Buyer",
            "line1", "12 Harbour Street",
            "city", "Bristol",
            "postalCode", "BS1 4RN",
            "country", "GB"));
    body.put("paymentMethod", paymentMethod);
    body.put("shippingMethod", "standard");
    return body;
  }
}
