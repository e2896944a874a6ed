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
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The seed's registration and login flows (targets: 500 ms and 200 ms): each virtual customer
 * registers, signs in and reads their profile, again and again. Alongside, shoppers keep browsing
 * product lists, to show that password hashing (bcrypt 12, on a pool bounded to the cores) does
 * not starve the rest of the shop.
 */
public class AccountsSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 8);
  private static final int BROWSERS = Integer.getInteger("browsers", 4);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .shareConnections();

  private final Iterator<Map<String, Object>> newCustomers =
      Stream.generate(
              () -> Map.<String, Object>of("email", "load-" + UUID.randomUUID() + "@example.com"))
          .iterator();

  private final ScenarioBuilder accounts =
      scenario("Register and sign in")
          .feed(newCustomers)
          .exec(
              http("register")
                  .post("/api/users/register")
                  .body(
                      StringBody(
                          "{\"email\":\"#{email}\",\"password\":\"load test secret\","
                              + "\"firstName\":\"Load\",\"lastName\":\"Test\"}"))
                  .check(status().is(201)))
          .exec(
              http("login")
                  .post("/api/users/login")
                  .body(StringBody("{\"email\":\"#{email}\",\"password\":\"load test secret\"}"))
                  .check(status().is(200))
                  .check(jsonPath("$.accessToken").saveAs("token")))
          .exec(
              http("profile")
                  .get("/api/users/me")
                  .header("Authorization", "Bearer #{token}")
                  .check(status().is(200)));

  private final ScenarioBuilder browsing =
      scenario("Browse alongside")
          .exec(http("product list while hashing").get("/api/products").check(status().is(200)));

  {
    setUp(
            accounts.injectClosed(constantConcurrentUsers(USERS).during(DURATION)),
            browsing.injectClosed(constantConcurrentUsers(BROWSERS).during(DURATION)))
        .protocols(protocol);
  }
}
