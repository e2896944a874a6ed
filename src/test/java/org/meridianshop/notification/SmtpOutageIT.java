package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.ReceivedEmail;
import org.meridianshop.testing.RunningShop;

/**
 * The SMTP server goes down (the production wiring): email waits in the queue, is tried again with
 * the failure recorded, and goes out once the server is back, the most urgent first.
 */
@ExtendWith(RunningShop.class)
class SmtpOutageIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void emailQueuedDuringAnOutageGoesOutAfterItCriticalFirst() {
    var smtp = RunningShop.smtp().orElseThrow();
    var welcomed = new ArrayList<String>();
    var forgetful = PageClient.uniqueEmail("forgetful");
    smtp.stop();
    try {
      for (int i = 0; i < 4; i++) {
        welcomed.add(PageClient.uniqueEmail("backlog"));
        NotificationEmailIT.register(welcomed.get(i));
      }
      NotificationEmailIT.register(forgetful);
      welcomed.add(forgetful);
      given()
          .baseUri(RunningShop.baseUri().toString())
          .contentType("application/json")
          .body(Map.of("email", forgetful))
          .post("api/users/password-reset")
          .then()
          .statusCode(202);

      var reset = await(forgetful, "password_reset", n -> n.attempts() >= 1);
      assertThat(reset.status()).isEqualTo("queued");
      assertThat(reset.priority()).isEqualTo("critical");
      assertThat(reset.lastError()).startsWith("SMTP server not reached");
    } finally {
      smtp.restart();
    }

    var sent = await(forgetful, "password_reset", n -> n.status().equals("sent"));
    assertThat(sent.attempts()).isGreaterThan(1);
    assertThat(sent.lastError()).isNull();
    for (var email : welcomed) {
      await(email, "welcome_email", n -> n.status().equals("sent"));
    }
    var afterOutage =
        smtp.received().stream()
            .filter(m -> welcomed.stream().anyMatch(w -> m.to().contains(w)))
            .map(ReceivedEmail::subject)
            .toList();
    assertThat(afterOutage).hasSize(6).first().isEqualTo("Reset your Meridian Shop password");
  }

  /** The newest notification of the kind to the address, once it matches. */
  private static Row await(String email, String kind, Predicate<Row> matches) {
    var deadline = Instant.now().plus(PATIENCE);
    while (true) {
      var found =
          given()
              .baseUri(RunningShop.baseUri().toString())
              .auth()
              .oauth2(ApiLogin.adminToken())
              .queryParam("recipient", email)
              .queryParam("kind", kind)
              .get("api/admin/notifications")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (found.getInt("total") > 0) {
        var row =
            new Row(
                found.getString("items[0].status"),
                found.getString("items[0].priority"),
                found.getInt("items[0].attempts"),
                found.getString("items[0].lastError"));
        if (matches.test(row)) {
          return row;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No matching " + kind + " to " + email + ": " + found.prettify());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** A notification as the history shows it. */
  private record Row(String status, String priority, int attempts, String lastError) {}
}
