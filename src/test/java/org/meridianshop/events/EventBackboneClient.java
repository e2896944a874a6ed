package org.meridianshop.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.Pause;
import org.meridianshop.testing.RunningShop;

/** The admin API of the event backbone, as the tests drive it: send probes, read reports. */
final class EventBackboneClient {

  private EventBackboneClient() {}

  static RequestSpecification asAdmin() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin/events")
        .auth()
        .oauth2(ApiLogin.adminToken());
  }

  static String sendProbes(int count, int aggregates, Duration refuseFor) {
    return asAdmin()
        .contentType("application/json")
        .body(
            Map.of(
                "count", count, "aggregates", aggregates, "refuseForMillis", refuseFor.toMillis()))
        .post("probes")
        .then()
        .statusCode(202)
        .extract()
        .path("batchId");
  }

  static JsonPath report(String batchId) {
    return asAdmin().get("probes/" + batchId).then().statusCode(200).extract().jsonPath();
  }

  static JsonPath state() {
    return asAdmin().get().then().statusCode(200).extract().jsonPath();
  }

  /** The dead letter of a probe of the batch, if one became one. */
  static Map<String, Object> deadLetterOf(String batch) {
    List<Map<String, Object>> letters = asAdmin().get("dead-letters").jsonPath().getList("items");
    return letters.stream()
        .filter(letter -> ((String) letter.get("aggregateId")).startsWith(batch))
        .findFirst()
        .orElse(null);
  }

  /** Waits until every probe of the batch was handled, and returns the final report. */
  static JsonPath awaitHandled(String batchId, int count, Duration limit) {
    return await(
        () -> report(batchId), r -> r.getInt("handled") >= count, limit, JsonPath::prettify);
  }

  static <T> T await(Supplier<T> read, Predicate<T> done, Duration limit) {
    return await(read, done, limit, String::valueOf);
  }

  static <T> T await(
      Supplier<T> read, Predicate<T> done, Duration limit, Function<T, String> describe) {
    var deadline = Instant.now().plus(limit);
    T value = read.get();
    while (!done.test(value) && Instant.now().isBefore(deadline)) {
      pause();
      value = read.get();
    }
    assertThat(done)
        .as("condition met within %s, last seen %s", limit, describe.apply(value))
        .accepts(value);
    return value;
  }

  static void pauseUntil(Instant moment) {
    var wait = Duration.between(Instant.now(), moment);
    if (!wait.isNegative()) {
      Pause.of(wait);
    }
  }

  private static void pause() {
    Pause.of(Duration.ofMillis(250));
  }
}
