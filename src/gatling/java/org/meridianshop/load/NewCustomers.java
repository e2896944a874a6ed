package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** What simulations of signed-in customers share: the JSON API and registering a new account. */
final class NewCustomers {

  static final String PASSWORD = "load test secret";

  private static final String ADDRESS =
      "{\"name\":\"Load Test\",\"line1\":\"1 Test Street\",\"city\":\"Leeds\","
          + "\"postalCode\":\"LS1 1AA\",\"country\":\"GB\"}";

  private NewCustomers() {}

  static HttpProtocolBuilder jsonApi(String baseUrl) {
    return http.baseUrl(baseUrl)
        .acceptHeader("application/json")
        .contentTypeHeader("application/json")
        .shareConnections();
  }

  /** Fresh email addresses, one per virtual customer, as {@code #{email}}. */
  static Iterator<Map<String, Object>> emails(String prefix) {
    return Stream.generate(
            () -> Map.<String, Object>of("email", prefix + "-" + UUID.randomUUID() + "@example.com"))
        .iterator();
  }

  /** Registers {@code #{email}}, with extra checks on the answer (such as saving the token). */
  static ChainBuilder register(CheckBuilder... checks) {
    return exec(
        http("register")
            .post("/api/users/register")
            .body(
                StringBody(
                    "{\"email\":\"#{email}\",\"password\":\""
                        + PASSWORD
                        + "\",\"firstName\":\"Load\",\"lastName\":\"Test\"}"))
            .check(status().is(201))
            .check(checks));
  }

  /**
   * Places an order for the cart of {@code #{token}}'s customer with the Visa test card
   * ("checkout"), then polls it every 100 ms until the saga has settled it (the group "order to
   * confirmed", which so overstates the wait by up to 100 ms). A refused checkout places none.
   */
  static ChainBuilder checkOutAndFollowTheOrder() {
    return exec(http("checkout")
            .post("/api/orders")
            .header("Authorization", "Bearer #{token}")
            .header("Idempotency-Key", "#{randomUuid()}")
            .body(
                StringBody(
                    "{\"shippingAddress\":" + ADDRESS + ",\"paymentMethod\":\"pm_card_visa\"}"))
            .check(status().is(202))
            .check(jsonPath("$.orderId").saveAs("orderId")))
        .doIf(session -> session.contains("orderId"))
        .then(
            exec(session -> session.set("status", "pending"))
                .exec(
                    group("order to confirmed")
                        .on(
                            asLongAs(session -> "pending".equals(session.getString("status")))
                                .on(
                                    exec(http("order status")
                                            .get("/api/orders/#{orderId}")
                                            .header("Authorization", "Bearer #{token}")
                                            .check(status().is(200))
                                            .check(jsonPath("$.status").saveAs("status")))
                                        .pause(Duration.ofMillis(100)))))
                .exec(session -> session.remove("orderId")));
  }
}
