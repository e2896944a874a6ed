package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The seed's add-to-cart flow (target: p95 under 150 ms): guests, each with a cart of their own
 * (Gatling keeps each virtual user's cookies), add an in-stock product, read the cart and take the
 * item out again, over and over.
 */
public class CartSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 16);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .shareConnections();

  private final ScenarioBuilder cart =
      scenario("Add to cart")
          .exec(
              http("in-stock products")
                  .get("/api/products?inStock=true&page=#{randomInt(1,10)}")
                  .check(status().is(200))
                  .check(jsonPath("$.items[*].id").findRandom().saveAs("productId")))
          .exec(
              http("add to cart")
                  .post("/api/cart/items")
                  .body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
                  .check(status().is(200))
                  .check(jsonPath("$.items[-1:].itemId").saveAs("itemId")))
          .exec(http("view cart").get("/api/cart").check(status().is(200)))
          .exec(http("remove from cart").delete("/api/cart/items/#{itemId}").check(status().is(200)));

  {
    setUp(cart.injectClosed(constantConcurrentUsers(USERS).during(DURATION))).protocols(protocol);
  }
}
