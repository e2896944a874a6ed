package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/** A customer's notification preferences and push devices, through the API. */
@ExtendWith(RunningShop.class)
class NotificationPreferencesIT {

  @Test
  void everythingIsOnUntilSwitchedOffAndTheChoiceIsKept() {
    var token = NotificationEmailIT.register(PageClient.uniqueEmail("prefs"));

    as(token)
        .get("api/users/me/notification-preferences")
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'delivery_confirmation' }.transactional", equalTo(false))
        .body("items.find { it.kind == 'delivery_confirmation' }.channels.email", equalTo(true))
        .body("items.find { it.kind == 'password_reset' }.transactional", equalTo(true));

    as(token)
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("kind", "delivery_confirmation", "channels", Map.of("email", false)),
                    Map.of("kind", "shipment_notification", "channels", Map.of("sms", false)))))
        .put("api/users/me/notification-preferences")
        .then()
        .statusCode(200);

    var after = as(token).get("api/users/me/notification-preferences").then().extract().jsonPath();
    assertThat(after.getBoolean("items.find { it.kind == 'delivery_confirmation' }.channels.email"))
        .isFalse();
    assertThat(after.getBoolean("items.find { it.kind == 'shipment_notification' }.channels.sms"))
        .isFalse();
    assertThat(after.getBoolean("items.find { it.kind == 'shipment_notification' }.channels.email"))
        .isTrue();
  }

  @Test
  void transactionalEmailCannotBeSwitchedOff() {
    var token = NotificationEmailIT.register(PageClient.uniqueEmail("always"));

    as(token)
        .body(
            Map.of(
                "items",
                List.of(Map.of("kind", "password_reset", "channels", Map.of("email", false)))))
        .put("api/users/me/notification-preferences")
        .then()
        .statusCode(422);
    as(token)
        .body(Map.of("items", List.of(Map.of("kind", "newsletter", "channels", Map.of()))))
        .put("api/users/me/notification-preferences")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("items[0].kind"));
  }

  @Test
  void devicesAreRegisteredListedAndRemovedByTheirOwnerOnly() {
    var owner = NotificationEmailIT.register(PageClient.uniqueEmail("phone-owner"));
    var other = NotificationEmailIT.register(PageClient.uniqueEmail("other"));
    var device = "fcm-" + UUID.randomUUID();

    as(owner)
        .body(Map.of("token", device, "platform", "android"))
        .post("api/users/me/devices")
        .then()
        .statusCode(201)
        .body("platform", equalTo("android"));
    as(owner).get("api/users/me/devices").then().body("items.token", hasItems(device));
    as(other).delete("api/users/me/devices/" + device).then().statusCode(404);
    as(owner)
        .body(Map.of("token", device, "platform", "fax"))
        .post("api/users/me/devices")
        .then()
        .statusCode(400);

    as(owner).delete("api/users/me/devices/" + device).then().statusCode(204);
    as(owner).get("api/users/me/devices").then().body("items", empty());
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/users/me/devices")
        .then()
        .statusCode(401);
  }

  private static RequestSpecification as(String accessToken) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .auth()
        .oauth2(accessToken);
  }
}
