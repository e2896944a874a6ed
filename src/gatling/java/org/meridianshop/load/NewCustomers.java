package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** What simulations of signed-in customers share: the JSON API and registering a new account. */
final class NewCustomers {

  static final String PASSWORD = "load test secret";

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
}
