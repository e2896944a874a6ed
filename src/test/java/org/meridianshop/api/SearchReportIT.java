package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/** The search log feeds the administrators' report; nobody else may read it. */
@ExtendWith(RunningShop.class)
class SearchReportIT {

  @BeforeAll
  static void pointRestAssuredAtTheShop() {
    RestAssured.baseURI = RunningShop.baseUri().toString();
    RestAssured.basePath = "";
  }

  @Test
  void searchesShowInTheReportAndThoseWithoutResultsAreListedApart() {
    var missing = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    given().queryParam("q", "laptop").get("api/search").then().statusCode(200);
    for (var i = 0; i < 2; i++) {
      given().queryParam("q", missing).get("api/search").then().statusCode(200);
    }
    var deadline = Instant.now().plus(Duration.ofSeconds(15));
    var report = report();
    while (!queries(report, "noResults").contains(missing) && Instant.now().isBefore(deadline)) {
      sleep();
      report = report();
    }
    assertThat(queries(report, "noResults")).contains(missing);
    assertThat(queries(report, "topQueries")).contains("laptop");
    assertThat(queries(report, "noResults")).doesNotContain("laptop");
    assertThat(((Number) report.get("searches")).longValue()).isGreaterThanOrEqualTo(3);
  }

  @SuppressWarnings("unchecked")
  private static List<String> queries(Map<String, Object> report, String list) {
    return ((List<Map<String, Object>>) report.get(list))
        .stream().map(entry -> (String) entry.get("query")).toList();
  }

  private static Map<String, Object> report() {
    return given()
        .auth()
        .oauth2(ApiLogin.adminToken())
        .queryParam("days", 7)
        .get("api/admin/search/report")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void anonymousCallersMustSignIn() {
    given().get("api/admin/search/report").then().statusCode(401);
  }

  @Test
  void customersMayNotReadTheReport() {
    var token =
        given()
            .contentType("application/json")
            .header("X-Forwarded-For", "10.77." + (int) (Math.random() * 250) + ".9")
            .body(
                Map.of(
                    "email", "searcher-" + UUID.randomUUID() + "@example.com",
                    "password", "a long enough secret",
                    "firstName", "Grace",
                    "lastName", "Hopper",
                    "phone", "+1 555 0100"))
            .post("api/users/register")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("accessToken");
    given().auth().oauth2(token).get("api/admin/search/report").then().statusCode(403);
  }

  @Test
  void daysOutsideTheRangeAreRefused() {
    given()
        .auth()
        .oauth2(ApiLogin.adminToken())
        .queryParam("days", 0)
        .get("api/admin/search/report")
        .then()
        .statusCode(400);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
