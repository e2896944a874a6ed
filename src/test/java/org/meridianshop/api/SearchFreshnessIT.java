package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ProductEdits;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.SearchResults;

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
      ProductEdits.edit(id, Map.of("name", originalName + " " + word));
      awaitIds(word, ids -> ids.contains(id));
      ProductEdits.edit(id, Map.of("status", "archived"));
      awaitIds(word, List::isEmpty);
    } finally {
      ProductEdits.edit(id, Map.of("name", originalName, "status", "active"));
    }
    awaitIds(word, List::isEmpty);
  }

  /**
   * The production wiring runs its one Lucene server with SEARCH_COORDINATION=outbox-polling, as a
   * cluster of servers sharing an Elasticsearch index would: edits then reach the index only
   * through the outbox table (V14), processed by the server's agent, whose row is in the agent
   * table.
   */
  @Test
  void editsReachTheIndexThroughTheOutboxProcessedByTheServersAgent() throws SQLException {
    var product = given().queryParam("q", "mouse").get("api/search").jsonPath();
    var id = product.getString("items[0].id");
    var originalName = product.getString("items[0].name");
    var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try {
      ProductEdits.edit(id, Map.of("name", originalName + " " + word));
      awaitIds(word, ids -> ids.contains(id));
    } finally {
      ProductEdits.edit(id, Map.of("name", originalName));
    }
    awaitIds(word, List::isEmpty);
    try (var db = RunningShop.database();
        var statement = db.createStatement()) {
      assertThat(rows(statement, "select type || ' ' || state from hsearch_agent"))
          .contains("EVENT_PROCESSING_DYNAMIC_SHARDING RUNNING");
      assertThat(rows(statement, "select status from hsearch_outbox_event"))
          .as("outbox events left: all were indexed")
          .isEmpty();
    }
  }

  private static List<String> rows(Statement statement, String sql) throws SQLException {
    var rows = new ArrayList<String>();
    try (var result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
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

  static List<String> ids(String query) {
    return SearchResults.ids(given().queryParam("q", query));
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
