package org.meridianshop.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The email the shop sent to an address, wherever it went: the SMTP server the tests started (the
 * production wiring), else the shop's own mailbox, read through its admin API (the embedded
 * default, or a shop the tests did not start). Email is sent after the event is handled, so callers
 * wait for the message they expect.
 */
public final class Mailboxes {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Mailboxes() {}

  /** The newest email to the address that matches, waited for. */
  public static ReceivedEmail await(String address, Predicate<ReceivedEmail> matches) {
    var deadline = Instant.now().plus(PATIENCE);
    while (true) {
      var found = receivedBy(address).stream().filter(matches).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "No matching email to "
                + address
                + " after "
                + PATIENCE
                + "; it got "
                + receivedBy(address).stream().map(ReceivedEmail::subject).toList());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for email to " + address, e);
      }
    }
  }

  /** The email to the address so far, newest first. */
  public static List<ReceivedEmail> receivedBy(String address) {
    var smtp = RunningShop.smtp();
    if (smtp.isPresent()) {
      var received =
          smtp.get().received().stream()
              .filter(email -> email.to().toLowerCase(Locale.ROOT).contains(lower(address)))
              .collect(Collectors.toList());
      Collections.reverse(received);
      return received;
    }
    return localMailbox(address);
  }

  private static List<ReceivedEmail> localMailbox(String address) {
    List<Map<String, String>> items =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .auth()
            .oauth2(ApiLogin.adminToken())
            .queryParam("recipient", address)
            .queryParam("limit", 100)
            .get("api/admin/mailbox")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .map(
            item ->
                new ReceivedEmail(
                    item.get("from"),
                    item.get("to"),
                    item.get("subject"),
                    item.get("text"),
                    item.get("html"),
                    "local mailbox"))
        .toList();
  }

  private static String lower(String address) {
    return address.toLowerCase(Locale.ROOT);
  }
}
