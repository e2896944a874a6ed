package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.ReceivedEmail;
import org.meridianshop.testing.RunningShop;

/** The notification history administrators search and resend from, and the template previews. */
@ExtendWith(RunningShop.class)
class NotificationHistoryIT {

  @Test
  void aSentEmailIsInTheHistoryWithItsEventAndTimes() {
    var email = PageClient.uniqueEmail("history");
    NotificationEmailIT.register(email);

    var found = awaitSent(email);

    assertThat(found.eventName()).isEqualTo("user.registered");
    assertThat(found.template()).isEqualTo("welcome_email");
    assertThat(found.channel()).isEqualTo("email");
    assertThat(found.priority()).isEqualTo("medium");
    assertThat(found.attempts()).isEqualTo(1);
    assertThat(found.sentAt()).isNotNull();
    assertThat(search(email, "", "").getInt("total")).isEqualTo(1);
  }

  @Test
  void searchingByStatusAndKindNarrowsTheHistory() {
    var email = PageClient.uniqueEmail("narrow");
    NotificationEmailIT.register(email);
    awaitSent(email);

    assertThat(search(email, "sent", "welcome_email").getInt("total")).isEqualTo(1);
    assertThat(search(email, "failed", "").getInt("total")).isZero();
    assertThat(search(email, "", "password_reset").getInt("total")).isZero();
    admin()
        .queryParam("status", "lost")
        .get("api/admin/notifications")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("status"));
  }

  @Test
  void resendingDeliversTheSameMessageAgain() {
    var email = PageClient.uniqueEmail("resend");
    NotificationEmailIT.register(email);
    var id = awaitSent(email).id();

    admin().post("api/admin/notifications/" + id + "/resend").then().statusCode(202);

    var deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Mailboxes.receivedBy(email).size() < 2 && Instant.now().isBefore(deadline)) {
      pause();
    }
    assertThat(Mailboxes.receivedBy(email))
        .extracting(ReceivedEmail::subject)
        .containsExactly(
            "Welcome to Meridian Shop: please confirm your email",
            "Welcome to Meridian Shop: please confirm your email");
    assertThat(
            admin()
                .get("api/admin/notifications/" + id)
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("attempts"))
        .isEqualTo(2);
  }

  @Test
  void everyTemplateHasAPreviewWithSampleData() {
    var templates =
        admin().get("api/admin/notifications/templates").then().statusCode(200).extract();
    for (String template : templates.jsonPath().getList("items", String.class)) {
      admin()
          .get("api/admin/notifications/templates/" + template + "/preview")
          .then()
          .statusCode(200)
          .body("subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))
          .body("text", containsString("The Meridian Shop team"))
          .body("html", containsString("<!DOCTYPE html>"));
    }
    admin()
        .get("api/admin/notifications/templates/shipment_notification/preview.html")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("sandbox"))
        .body(containsString("1Z999AA10123456784"));
  }

  @Test
  void theConsoleListsTheHistory() {
    var email = PageClient.uniqueEmail("console");
    NotificationEmailIT.register(email);
    awaitSent(email);

    var page = new PageClient();
    assertThat(page.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    var html = page.get("admin/notifications.xhtml?recipient=" + email).body();

    assertThat(html).contains("1 notifications", email, "welcome_email", "sent");
  }

  private static NotificationLog.Entry awaitSent(String email) {
    return NotificationLog.awaitNewest(email, "", n -> n.status().equals("sent"));
  }

  private static JsonPath search(String recipient, String status, String kind) {
    return NotificationLog.search(recipient, status, kind);
  }

  private static RequestSpecification admin() {
    return given().baseUri(RunningShop.baseUri().toString()).auth().oauth2(ApiLogin.adminToken());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
