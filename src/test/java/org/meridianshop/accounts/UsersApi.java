package org.meridianshop.accounts;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.PublishedEvents;
import org.meridianshop.testing.RunningShop;

/** The users API as the account tests drive it. Every caller comes from an address of its own. */
final class UsersApi {

  static final String PASSWORD = "a long enough secret";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  private UsersApi() {}

  /** A request from a client address no other test uses, so rate limits are per test. */
  static RequestSpecification from(String clientAddress) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/users")
        .header("X-Forwarded-For", clientAddress)
        .contentType("application/json");
  }

  static String newClientAddress() {
    var n = ADDRESSES.getAndIncrement();
    return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
  }

  static RequestSpecification anyone() {
    return from(newClientAddress());
  }

  static RequestSpecification as(String accessToken) {
    return anyone().auth().oauth2(accessToken);
  }

  static Credentials newCredentials() {
    return new Credentials("shopper-" + UUID.randomUUID() + "@example.com", PASSWORD);
  }

  static Map<String, Object> registration(Credentials credentials) {
    var body = new HashMap<String, Object>();
    body.put("email", credentials.email());
    body.put("password", credentials.password());
    body.put("firstName", "Ada");
    body.put("lastName", "Lovelace");
    body.put("phone", "+44 20 7946 0000");
    return body;
  }

  /** A newly registered customer with the tokens registration gave. */
  static Registered register() {
    var credentials = newCredentials();
    var body =
        anyone()
            .body(registration(credentials))
            .post("register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Registered(
        body.getString("userId"),
        credentials,
        body.getString("accessToken"),
        body.getString("refreshToken"));
  }

  static Response login(Credentials credentials, String clientAddress) {
    return from(clientAddress)
        .body(Map.of("email", credentials.email(), "password", credentials.password()))
        .post("login");
  }

  static JsonPath loggedIn(Credentials credentials) {
    return login(credentials, newClientAddress()).then().statusCode(200).extract().jsonPath();
  }

  static Response refresh(String refreshToken) {
    return anyone().body(Map.of("refreshToken", refreshToken)).post("token");
  }

  static int me(String accessToken) {
    return as(accessToken).get("me").statusCode();
  }

  /** The verification token the shop published for the email, as the notifier would get it. */
  static String verificationTokenOf(String email) {
    return PublishedEvents.await("user.registered", e -> email.equals(e.getString("email")))
        .getString("verificationToken");
  }

  static String resetTokenOf(String email) {
    return PublishedEvents.await(
            "user.password-reset-requested", e -> email.equals(e.getString("email")))
        .getString("resetToken");
  }

  record Registered(
      String userId, Credentials credentials, String accessToken, String refreshToken) {}
}
