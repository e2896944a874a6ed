package org.meridianshop.notification;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/** A customer with an account, an email address and a phone number no other test uses. */
record NotifiedCustomer(String accountId, String email, String phone, String accessToken) {

  static NotifiedCustomer registered(String name) {
    var email = PageClient.uniqueEmail(name);
    var phone = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    var registered =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .contentType("application/json")
            .body(
                Map.of(
                    "email", email,
                    "password", "correct horse battery",
                    "firstName", "Grace",
                    "lastName", "Hopper",
                    "phone", phone))
            .post("api/users/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new NotifiedCustomer(
        registered.getString("userId"), email, phone, registered.getString("accessToken"));
  }

  /** Registers a device of the customer's app, as the app does, and returns its token. */
  String registerDevice() {
    var token = "fcm-" + UUID.randomUUID();
    api()
        .body(Map.of("token", token, "platform", "android"))
        .post("api/users/me/devices")
        .then()
        .statusCode(201);
    return token;
  }

  /** The tokens of the devices the shop keeps for the customer. */
  List<String> devices() {
    return api()
        .get("api/users/me/devices")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.token", String.class);
  }

  RequestSpecification api() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .auth()
        .oauth2(accessToken);
  }
}
