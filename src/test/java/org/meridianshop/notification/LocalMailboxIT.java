package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * Without an SMTP server (the embedded default) the shop's email lands in its own mailbox, which
 * administrators read in the console and through the API, and nobody else can.
 */
@ExtendWith(RunningShop.class)
class LocalMailboxIT {

  @Test
  void theConsoleMailboxShowsTheEmailAndItsText() {
    var email = PageClient.uniqueEmail("mailbox");
    NotificationEmailIT.register(email);
    var id = awaitMessageId(email);

    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    var list = admin.get("admin/mailbox.xhtml?recipient=" + email).body();
    var opened = admin.get("admin/mailbox.xhtml?message=" + id).body();

    assertThat(list)
        .contains(
            "the local mailbox", email, "Welcome to Meridian Shop: please confirm your email");
    assertThat(opened).contains("id=\"opened-text\"", "Hello Ada,", "verify-email.xhtml?token=");
  }

  @Test
  void theHtmlVersionIsServedSandboxed() {
    var email = PageClient.uniqueEmail("sandboxed");
    NotificationEmailIT.register(email);
    var id = awaitMessageId(email);

    given()
        .baseUri(RunningShop.baseUri().toString())
        .auth()
        .oauth2(ApiLogin.adminToken())
        .get("api/admin/mailbox/" + id + "/html")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("sandbox"));
  }

  @Test
  void customersCannotReadTheMailbox() {
    var email = PageClient.uniqueEmail("nosy");
    var token = NotificationEmailIT.register(email);

    given()
        .baseUri(RunningShop.baseUri().toString())
        .auth()
        .oauth2(token)
        .get("api/admin/mailbox")
        .then()
        .statusCode(403);
  }

  private static String awaitMessageId(String email) {
    Mailboxes.await(email, m -> m.subject().startsWith("Welcome"));
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .auth()
        .oauth2(ApiLogin.adminToken())
        .queryParam("recipient", email)
        .get("api/admin/mailbox")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }
}
