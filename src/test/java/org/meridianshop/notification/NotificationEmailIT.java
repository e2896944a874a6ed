package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.ReceivedEmail;
import org.meridianshop.testing.RunningShop;

/**
 * The emails of an account's life, as the customer receives them: on the production wiring through
 * a real SMTP server, on the embedded default in the shop's own mailbox. Their links work.
 */
@ExtendWith(RunningShop.class)
class NotificationEmailIT {

  private static final String PASSWORD = "correct horse battery";

  @Test
  void registeringSendsAWelcomeWhoseLinkVerifiesTheEmail() {
    var email = PageClient.uniqueEmail("welcome");
    var accessToken = register(email);

    var welcome =
        Mailboxes.await(
            email, m -> m.subject().equals("Welcome to Meridian Shop: please confirm your email"));

    assertThat(welcome.to()).contains(email);
    assertThat(welcome.from()).contains("Meridian Shop");
    assertThat(welcome.text())
        .startsWith("Hello Ada,")
        .contains("Confirm my email: " + RunningShop.baseUri() + "verify-email.xhtml?token=");
    var link = welcome.link("verify-email").orElseThrow();
    assertThat(welcome.html())
        .contains("<!DOCTYPE html>", "Hello Ada,", "href=\"" + link + "\"", "#0b5563");
    assertThat(emailVerified(accessToken)).isFalse();

    var page = new PageClient();
    var confirmed =
        page.submit(
            local(link), "verify-form", "verify", Map.of("verification-token", token(link)));

    assertThat(confirmed.body()).contains("Your email address is verified");
    assertThat(emailVerified(accessToken)).isTrue();
  }

  @Test
  void aPasswordResetEmailCarriesALinkThatChangesThePassword() {
    var email = PageClient.uniqueEmail("reset");
    register(email);
    api().body(Map.of("email", email)).post("api/users/password-reset").then().statusCode(202);

    var reset =
        Mailboxes.await(email, m -> m.subject().equals("Reset your Meridian Shop password"));

    assertThat(reset.to()).contains(email);
    assertThat(reset.text())
        .contains("asked to reset the password", "your password stays as it is");
    var link = reset.link("reset-password").orElseThrow();
    assertThat(reset.html()).contains("href=\"" + link + "\"");

    var newPassword = "a brand new passphrase";
    var page = new PageClient();
    var changed =
        page.submit(
            local(link),
            "reset-form",
            "reset",
            Map.of(
                "reset-token", token(link),
                "newPassword", newPassword,
                "repeatedPassword", newPassword));

    assertThat(changed.statusCode()).isIn(200, 302);
    api()
        .body(Map.of("email", email, "password", newPassword))
        .post("api/users/login")
        .then()
        .statusCode(200);
  }

  @Test
  void aNewAccountGetsExactlyOneEmail() {
    var email = PageClient.uniqueEmail("once");
    register(email);

    Mailboxes.await(email, m -> m.subject().startsWith("Welcome"));

    assertThat(Mailboxes.receivedBy(email)).extracting(ReceivedEmail::subject).hasSize(1);
  }

  static String register(String email) {
    return api()
        .body(
            Map.of(
                "email", email,
                "password", PASSWORD,
                "firstName", "Ada",
                "lastName", "Lovelace",
                "phone", "+44 20 7946 0000"))
        .post("api/users/register")
        .then()
        .statusCode(201)
        .extract()
        .path("accessToken");
  }

  private static boolean emailVerified(String accessToken) {
    return api()
        .auth()
        .oauth2(accessToken)
        .get("api/users/me")
        .then()
        .statusCode(200)
        .extract()
        .path("emailVerified");
  }

  private static RequestSpecification api() {
    return given().baseUri(RunningShop.baseUri().toString()).contentType("application/json");
  }

  /** The link as a path on the running shop (it is the shop's own address). */
  private static String local(URI link) {
    return RunningShop.baseUri().relativize(link).toString();
  }

  private static String token(URI link) {
    return link.getQuery().substring("token=".length());
  }
}
