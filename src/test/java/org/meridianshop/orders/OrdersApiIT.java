package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/** The orders API's rules: idempotent checkout, refusals, privacy, and the admin's steps. */
@ExtendWith(RunningShop.class)
class OrdersApiIT {

  @Test
  void theSameIdempotencyKeyGivesTheSameOrderEvenWhenRequestsRace() throws Exception {
    var stock = Stock.of(68, 10);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var key = UUID.randomUUID().toString();

    var first =
        shopper
            .checkout("pm_card_visa", key)
            .then()
            .statusCode(202)
            .extract()
            .<String>path("orderId");
    var again =
        shopper
            .checkout("pm_card_visa", key)
            .then()
            .statusCode(202)
            .extract()
            .<String>path("orderId");
    assertThat(again).isEqualTo(first);

    var racingKey = UUID.randomUUID().toString();
    var attempts = new ArrayList<Callable<String>>();
    for (int i = 0; i < 6; i++) {
      attempts.add(
          () ->
              shopper
                  .checkout("pm_card_visa", racingKey)
                  .then()
                  .statusCode(202)
                  .extract()
                  .path("orderId"));
    }
    var ids = new HashSet<String>();
    var pool = Executors.newFixedThreadPool(6);
    try {
      for (var answer : pool.invokeAll(attempts)) {
        ids.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(1);
    shopper.awaitStatus(ids.iterator().next(), "confirmed");
    assertThat(shopper.api().get("orders").then().statusCode(200).extract().<Integer>path("total"))
        .isEqualTo(2);
  }

  @Test
  void aKeyReusedForADifferentRequestIsRefused() {
    var stock = Stock.of(68, 10);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var key = UUID.randomUUID().toString();
    shopper.checkout("pm_card_visa", key).then().statusCode(202);

    shopper
        .checkout("pm_card_mastercard", key)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
  }

  @Test
  void refusalsSayWhatIsWrong() {
    var shopper = Shopper.register();
    shopper
        .checkout("pm_card_visa", null)
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("empty"));

    var stock = Stock.of(69, 1);
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    shopper
        .api()
        .body(Map.of("paymentMethod", "4242 4242 4242 4242"))
        .post("orders")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("shippingAddress"))
        .body("errors.field", hasItem("paymentMethod"));

    var rival = Shopper.register();
    rival.addToCart(stock.productId(), stock.variantId(), 1);
    rival.placeOrder("pm_card_threeDSecure2Required");
    shopper.checkout("pm_card_visa", null).then().statusCode(409);
  }

  @Test
  void anotherCustomersOrderDoesNotExistForThem() {
    var stock = Stock.of(70, 5);
    var owner = Shopper.register();
    owner.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = owner.placeOrder("pm_card_visa");

    var stranger = Shopper.register();
    stranger.api().get("orders/{id}", orderId).then().statusCode(404);
    stranger.api().put("orders/{id}/cancel", orderId).then().statusCode(404);
    stranger.api().get("orders").then().body("total", equalTo(0));
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/orders/{id}", orderId)
        .then()
        .statusCode(401);
    owner.api().get("orders").then().body("items[0].orderId", equalTo(orderId));
  }

  @Test
  void theShopShipsAndDeliversAndAShippedOrderCannotBeCancelled() {
    var stock = Stock.of(70, 5);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = shopper.placeOrder("pm_card_visa");
    shopper.awaitStatus(orderId, "confirmed");

    admin()
        .body(Map.of("carrier", "Parcelforce", "trackingNumber", "PF123456789GB"))
        .put("{id}/shipment", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("shipped"))
        .body("shipments[0].trackingNumber", equalTo("PF123456789GB"));
    shopper.api().put("orders/{id}/cancel", orderId).then().statusCode(409);
    admin()
        .put("{id}/delivery", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("delivered"));

    var order = shopper.order(orderId);
    assertThat(order.getList("history.status"))
        .containsExactly("pending", "confirmed", "shipped", "delivered");
    admin().queryParam("status", "delivered").get().then().body("items.orderId", hasItem(orderId));
    shopper.api().get("admin/orders").then().statusCode(403);
  }

  private static io.restassured.specification.RequestSpecification admin() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin/orders")
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }
}
