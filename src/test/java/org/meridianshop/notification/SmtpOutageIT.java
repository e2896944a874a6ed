package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.ReceivedEmail;
import org.meridianshop.testing.RunningShop;

/**
 * The SMTP server goes down (the production wiring): email waits in the queue, is tried again with
 * the failure recorded, and goes out once the server is back, the most urgent first.
 */
@ExtendWith(RunningShop.class)
class SmtpOutageIT {

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

      // Between its attempts the email is back in the queue; during one it is briefly "sending".
      var reset =
          NotificationLog.awaitNewest(
              forgetful, "password_reset", n -> n.attempts() >= 1 && n.status().equals("queued"));
      assertThat(reset.priority()).isEqualTo("critical");
      assertThat(reset.lastError()).startsWith("SMTP server not reached");
    } finally {
      smtp.restart();
    }

    var sent =
        NotificationLog.awaitNewest(forgetful, "password_reset", n -> n.status().equals("sent"));
    assertThat(sent.attempts()).isGreaterThan(1);
    assertThat(sent.lastError()).isNull();
    for (var email : welcomed) {
      NotificationLog.awaitNewest(email, "welcome_email", n -> n.status().equals("sent"));
    }
    var afterOutage =
        smtp.received().stream()
            .filter(m -> welcomed.stream().anyMatch(w -> m.to().contains(w)))
            .map(ReceivedEmail::subject)
            .toList();
    assertThat(afterOutage).hasSize(6).first().isEqualTo("Reset your Meridian Shop password");
  }
}
