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

  private final HttpProtocolBuilder protocol = NewCustomers.jsonApi(BASE_URL);

  private final ScenarioBuilder accounts =
      scenario("Register and sign in")
          .feed(NewCustomers.emails("load"))
          .exec(NewCustomers.register())
          .exec(
              http("login")
                  .post("/api/users/login")
                  .body(
                      StringBody(
                          "{\"email\":\"#{email}\",\"password\":\""
                              + NewCustomers.PASSWORD
                              + "\"}"))
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
