package org.meridianshop.notification;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/** The notification history as an administrator reads it through the API. */
final class NotificationLog {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** One notification as the history shows it. */
  record Entry(
      String id,
      String eventName,
      String template,
      String channel,
      String status,
      String priority,
      int attempts,
      String lastError,
      String sentAt) {

    private static Entry first(JsonPath page) {
      return new Entry(
          page.getString("items[0].id"),
          page.getString("items[0].eventName"),
          page.getString("items[0].template"),
          page.getString("items[0].channel"),
          page.getString("items[0].status"),
          page.getString("items[0].priority"),
          page.getInt("items[0].attempts"),
          page.getString("items[0].lastError"),
          page.getString("items[0].sentAt"));
    }
  }

  private NotificationLog() {}

  /** The first page of the history; blank criteria match everything. */
  static JsonPath search(String recipient, String status, String kind) {
    return search(recipient, status, kind, 1, 20);
  }

  /** A page of the history, of up to 100 notifications. */
  static JsonPath search(String recipient, String status, String kind, int page, int size) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .auth()
        .oauth2(ApiLogin.adminToken())
        .queryParam("recipient", recipient)
        .queryParam("status", status)
        .queryParam("kind", kind)
        .queryParam("page", page)
        .queryParam("size", size)
        .get("api/admin/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * The newest notification of the kind (any kind when blank) to the recipient, once it matches.
   */
  static Entry awaitNewest(String recipient, String kind, Predicate<Entry> matches) {
    var deadline = Instant.now().plus(PATIENCE);
    while (true) {
      var found = search(recipient, "", kind);
      // The page's rows and its total are two reads, so a row committed between them can be
      // counted and not listed yet: look at the rows themselves.
      if (!found.getList("items").isEmpty()) {
        var newest = Entry.first(found);
        if (matches.test(newest)) {
          return newest;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "No matching " + kind + " notification to " + recipient + ": " + found.prettify());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
