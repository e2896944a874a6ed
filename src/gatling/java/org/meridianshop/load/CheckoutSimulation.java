package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The seed's checkout flow (targets: checkout under 2 s, order to confirmed under 5 s). Each
 * customer registers once, then again and again puts an in-stock product in the cart, places an
 * order with the Visa test card ("checkout") and follows it until it is confirmed; the group "order
 * to confirmed" times that wait (polling every 100 ms).
 */
public class CheckoutSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 8);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));


  private final HttpProtocolBuilder protocol = NewCustomers.jsonApi(BASE_URL);

  private final ScenarioBuilder checkout =
      scenario("Checkout")
          .feed(NewCustomers.emails("checkout"))
          .exec(NewCustomers.register(jsonPath("$.accessToken").saveAs("token")))
          .during(DURATION)
          .on(
              exec(http("in-stock products")
                      .get("/api/products?inStock=true&page=#{randomInt(1,10)}")
                      .check(status().is(200))
                      .check(jsonPath("$.items[*].id").findRandom().saveAs("productId")))
                  .exec(
                      http("add to cart")
                          .post("/api/cart/items")
                          .header("Authorization", "Bearer #{token}")
                          .body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
                          .check(status().is(200)))
                  .exec(NewCustomers.checkOutAndFollowTheOrder()));

  {
    setUp(checkout.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
        .protocols(protocol);
  }
}
