package org.meridianshop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.meridianshop.events.EventBackboneClient.asAdmin;
import static org.meridianshop.events.EventBackboneClient.await;
import static org.meridianshop.events.EventBackboneClient.awaitHandled;
import static org.meridianshop.events.EventBackboneClient.deadLetterOf;
import static org.meridianshop.events.EventBackboneClient.sendProbes;
import static org.meridianshop.events.EventBackboneClient.state;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/**
 * The event backbone end to end through the running WAR, on whichever transport the wiring uses
 * (the embedded messaging engine, or Kafka): what is recorded is delivered, once, in order per
 * aggregate; failures are retried, then parked as dead letters an admin can replay.
 */
@ExtendWith(RunningShop.class)
class BackboneEventsIT {

  private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(60);

  @Test
  void recordedEventsAreHandledOnceAndInOrderPerAggregate() {
    var batch = sendProbes(300, 10, Duration.ZERO);
    var report = awaitHandled(batch, 300, DELIVERY_LIMIT);
    assertThat(report.getInt("handled")).isEqualTo(300);
    assertThat(report.getBoolean("inOrderPerAggregate")).isTrue();
    await(() -> state().getLong("outboxBacklog"), backlog -> backlog == 0, DELIVERY_LIMIT);
  }

  /** Retried events keep no order among themselves: each waits its own backoff. */
  @Test
  void aRefusedEventIsRetriedUntilItIsHandled() {
    var batch = sendProbes(3, 1, Duration.ofMillis(1500));
    var report = awaitHandled(batch, 3, DELIVERY_LIMIT);
    assertThat(report.getInt("handled")).isEqualTo(3);
  }

  @Test
  void anEventThatKeepsFailingBecomesADeadLetterThatAnAdminCanReplay() {
    var refusedUntil = Instant.now().plusSeconds(12);
    var batch = sendProbes(1, 1, Duration.ofSeconds(12));
    var deadLetter =
        await(() -> deadLetterOf(batch), letter -> letter != null, Duration.ofSeconds(11));
    assertThat(deadLetter).containsEntry("consumer", "event-probe").containsEntry("status", "dead");
    assertThat((String) deadLetter.get("lastError")).contains("asked to be refused");
    assertThat(EventBackboneClient.report(batch).getInt("handled")).isZero();

    // once the cause is gone, the admin replays it and it is handled
    EventBackboneClient.pauseUntil(refusedUntil);
    asAdmin().post("dead-letters/" + deadLetter.get("id") + "/replay").then().statusCode(202);
    assertThat(awaitHandled(batch, 1, DELIVERY_LIMIT).getInt("handled")).isEqualTo(1);
    assertThat(deadLetterOf(batch)).isNull();
  }

  @Test
  void onlyAdministratorsReachTheBackbone() {
    RestAssured.given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/admin/events")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    RestAssured.given()
        .baseUri(RunningShop.baseUri().toString())
        .auth()
        .oauth2("not.a.token")
        .get("api/admin/events")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void probeRequestsAreValidated() {
    asAdmin()
        .contentType("application/json")
        .body(Map.of("count", 0, "aggregates", 1, "refuseForMillis", -5))
        .post("probes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("count"))
        .body("errors.field", hasItem("refuseForMillis"));
    asAdmin()
        .contentType("application/json")
        .body("{not json")
        .post("probes")
        .then()
        .statusCode(400)
        .body("status", equalTo(400));
    asAdmin().post("dead-letters/999999/replay").then().statusCode(404);
  }
}
