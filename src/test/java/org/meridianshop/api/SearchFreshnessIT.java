package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * An administrator's product edit shows in search results (also those served from the query cache)
 * within 30 seconds, and a product taken off sale disappears from them.
 */
@ExtendWith(RunningShop.class)
class SearchFreshnessIT {

  private static final Duration FRESH_WITHIN = Duration.ofSeconds(30);

  @BeforeAll
  static void pointRestAssuredAtTheShop() {
    RestAssured.baseURI = RunningShop.baseUri().toString();
    RestAssured.basePath = "";
  }

  @Test
  void aRenamedProductIsFoundByItsNewNameAndAnArchivedOneIsNot() {
    var product = given().queryParam("q", "keyboard").get("api/search").jsonPath();
    var id = product.getString("items[0].id");
    var originalName = product.getString("items[0].name");
    var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    assertThat(ids(word)).isEmpty();
    try {
      edit(id, Map.of("name", originalName + " " + word));
      awaitIds(word, ids -> ids.contains(id));
      edit(id, Map.of("status", "archived"));
      awaitIds(word, List::isEmpty);
    } finally {
      edit(id, Map.of("name", originalName, "status", "active"));
    }
    awaitIds(word, List::isEmpty);
  }

  @Test
  void productEditsNeedAnAdministrator() {
    given()
        .contentType("application/json")
        .body(Map.of("name", "Nothing"))
        .patch("api/admin/products/1")
        .then()
        .statusCode(401);
  }

  private static void edit(String id, Map<String, String> changes) {
    given()
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json")
        .body(changes)
        .patch("api/admin/products/" + id)
        .then()
        .statusCode(204);
  }

  static List<String> ids(String query) {
    return given()
        .queryParam("q", query)
        .get("api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  static void awaitIds(String query, Predicate<List<String>> expected) {
    var deadline = Instant.now().plus(FRESH_WITHIN);
    var found = ids(query);
    while (!expected.test(found) && Instant.now().isBefore(deadline)) {
      sleep();
      found = ids(query);
    }
    assertThat(expected.test(found)).as("results %s within %s", found, FRESH_WITHIN).isTrue();
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
