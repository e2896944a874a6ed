package org.meridianshop.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiEndpoints;
import org.meridianshop.testing.ApiEndpoints.Endpoint;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Every endpoint the API describes, called by the administrator (who gets past every access check,
 * so the input is really read) with bodies, ids and query values no client should send: malformed
 * JSON, wrong types, a huge string, odd Unicode and injection attempts. The shop answers each with
 * a 4xx, never a 500, and never shows a stack trace or a database error.
 */
@ExtendWith(RunningShop.class)
class HostileInputIT {

  private static final String HUGE = "x".repeat(1_000_000);

  /** Strings that have broken web applications: injections, traversal, odd Unicode. */
  private static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1' --",
          "1; DROP TABLE product; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1:1/x}",
          "../../../../etc/passwd",
          "\u0000\u202e\uffff\ud83d\ude00 Z\u0335\u0321alg\u0337o",
          "-1",
          "99999999999999999999999",
          "1e309");

  private static final List<String> BODIES =
      List.of(
          "{\"unclosed\": ",
          "not json at all",
          "[1, 2, 3]",
          "\"just a string\"",
          "null",
          "{\"email\": 5, \"password\": [], \"quantity\": \"many\", \"productId\": {\"a\": 1},"
              + " \"items\": \"none\", \"price\": true, \"rating\": -7, \"name\": null}",
          "{\"name\": \"" + HUGE + "\", \"email\": \"" + HUGE + "@example.com\"}",
          "{\"name\": \"\\u0000\\ud800\\uFFFE\", \"email\": \"\\u00fc@\\u4f8b\\u3048.jp\","
              + " \"line1\": \"\\u202e\"}",
          "{\"email\": \"' OR '1'='1\", \"password\": \"' OR '1'='1\", \"name\":"
              + " \"<script>alert(1)</script>\", \"q\": \"${jndi:ldap://127.0.0.1:1/x}\","
              + " \"quantity\": 99999999999999999999, \"slug\": \"../../etc/passwd\"}",
          "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");

  private static final AtomicInteger CLIENTS = new AtomicInteger(1);

  private static List<Endpoint> endpoints;

  @BeforeAll
  static void readTheEndpointsFromTheApiDescription() {
    endpoints = ApiEndpoints.described();
    assertThat(endpoints).hasSizeGreaterThan(50);
  }

  @Test
  void hostileBodiesAreRefusedCleanly() {
    var softly = new SoftAssertions();
    for (var endpoint : endpoints) {
      if (endpoint.takesBody() && endpoint.takesJson()) {
        for (var body : BODIES) {
          check(
              softly, endpoint + " with " + abbreviated(body), endpoint.call(caller(), "1", body));
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void hostileIdsAreRefusedCleanly() {
    var softly = new SoftAssertions();
    for (var endpoint : endpoints) {
      if (endpoint.path().contains("{")) {
        for (var id : HOSTILE) {
          var body = endpoint.takesJson() ? "{}" : "";
          check(softly, endpoint + " on id " + id, endpoint.call(caller(), encoded(id), body));
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void hostileQueryValuesAreRefusedCleanly() {
    var softly = new SoftAssertions();
    for (var endpoint : endpoints) {
      if (endpoint.method().equals("get")) {
        for (var parameter : endpoint.query()) {
          for (var value : HOSTILE) {
            var response =
                caller().queryParam(parameter, encoded(value)).get(endpoint.pathWith("1"));
            check(softly, endpoint + " with " + parameter + "=" + value, response);
          }
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void pagesRefuseANulCharacterInTheirParameters() {
    var softly = new SoftAssertions();
    for (var page : List.of("search.xhtml?q=lamp%00", "category.xhtml?slug=%00", "login.xhtml")) {
      var response =
          given()
              .baseUri(RunningShop.baseUri().toString())
              .urlEncodingEnabled(false)
              .redirects()
              .follow(false)
              .get(page + (page.contains("?") ? "&" : "?") + "next=%00");
      softly.assertThat(response.statusCode()).as(page).isEqualTo(400);
      check(softly, page, response);
    }
    softly.assertAll();
  }

  private static void check(SoftAssertions softly, String what, Response response) {
    softly.assertThat(response.statusCode()).as(what).isLessThan(500);
    softly
        .assertThat(response.asString())
        .as(what)
        .doesNotContain("Exception", "\tat ", "at org.", "at java.", "SQLState", "org.hibernate");
  }

  /** The administrator, from a client address of its own so no rate limit mixes the calls up. */
  private static RequestSpecification caller() {
    var n = CLIENTS.getAndIncrement();
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .urlEncodingEnabled(false)
        .header("X-Forwarded-For", "10.77." + (n / 256 % 256) + "." + (n % 256))
        .auth()
        .oauth2(ApiLogin.adminToken());
  }

  /** The value as it travels in a URL (the requests leave encoding to the test). */
  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviated(String body) {
    return body.length() > 80 ? body.substring(0, 80) + "…(" + body.length() + " chars)" : body;
  }
}
