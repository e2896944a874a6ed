package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * A quick measurement, not a load test: how long an email takes from the event (the registration's
 * answer) to the recipient's mailbox, and how fast a backlog drains once the SMTP server is back.
 * The figures go to the test log; the assertions are the SLAs.
 */
@ExtendWith(RunningShop.class)
class EmailThroughputIT {

  private static final Logger LOG = Logger.getLogger(EmailThroughputIT.class.getName());
  private static final int SAMPLES = 10;
  private static final int BACKLOG = 40;

  @Test
  void anEmailArrivesWellWithinItsDeliveryTarget() {
    var latencies = new ArrayList<Duration>();
    for (int i = 0; i < SAMPLES; i++) {
      var email = PageClient.uniqueEmail("latency");
      NotificationEmailIT.register(email);
      var registered = Instant.now();
      Mailboxes.await(email, m -> m.subject().startsWith("Welcome"));
      latencies.add(Duration.between(registered, Instant.now()));
    }
    latencies.sort(Comparator.naturalOrder());
    LOG.info(
        () ->
            "Event to mailbox over "
                + SAMPLES
                + " welcome emails: median "
                + latencies.get(SAMPLES / 2).toMillis()
                + " ms, max "
                + latencies.get(SAMPLES - 1).toMillis()
                + " ms (polled every 200 ms)");
    assertThat(latencies.get(SAMPLES - 1)).isLessThan(Priority.MEDIUM.target());
  }

  @Test
  void aBacklogDrainsOnceTheSmtpServerIsBack() {
    var smtp = RunningShop.smtp().orElseThrow();
    var emails = new ArrayList<String>();
    smtp.stop();
    try {
      for (int i = 0; i < BACKLOG; i++) {
        emails.add(PageClient.uniqueEmail("drain"));
        NotificationEmailIT.register(emails.get(i));
      }
      awaitQueued(emails.get(BACKLOG - 1));
    } finally {
      smtp.restart();
    }
    var back = Instant.now();
    var deadline = back.plus(Duration.ofMinutes(2));
    Instant first = null;
    while (!allArrived(emails) && Instant.now().isBefore(deadline)) {
      if (first == null && arrived(emails) > 0) {
        first = Instant.now();
      }
      pause(50);
    }
    var last = Instant.now();
    assertThat(allArrived(emails)).isTrue();
    var waited = Duration.between(back, first == null ? last : first);
    var sending = Duration.between(first == null ? back : first, last);
    LOG.info(
        () ->
            BACKLOG
                + " queued emails: the first arrived "
                + waited.toMillis()
                + " ms after the SMTP server came back (the sweep's wake-up), all of them "
                + sending.toMillis()
                + " ms later: "
                + String.format("%.1f", (BACKLOG - 1) * 1000.0 / Math.max(1, sending.toMillis()))
                + " emails/s");
  }

  private static long arrived(List<String> emails) {
    var received = RunningShop.smtp().orElseThrow().received();
    return emails.stream().filter(e -> received.stream().anyMatch(m -> m.to().contains(e))).count();
  }

  private static boolean allArrived(List<String> emails) {
    return arrived(emails) == emails.size();
  }

  private static void awaitQueued(String email) {
    var deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<Integer> attempts =
          given()
              .baseUri(RunningShop.baseUri().toString())
              .auth()
              .oauth2(ApiLogin.adminToken())
              .queryParam("recipient", email)
              .get("api/admin/notifications")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.attempts", Integer.class);
      if (!attempts.isEmpty() && attempts.get(0) > 0) {
        return;
      }
      pause();
    }
    throw new AssertionError("The welcome to " + email + " was never tried");
  }

  private static void pause() {
    pause(200);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
