package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.meridianshop.accounts.UsersApi.anyone;
import static org.meridianshop.accounts.UsersApi.as;
import static org.meridianshop.accounts.UsersApi.login;
import static org.meridianshop.accounts.UsersApi.me;
import static org.meridianshop.accounts.UsersApi.newClientAddress;
import static org.meridianshop.accounts.UsersApi.refresh;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.RunningShop;

/** Signing in, and the life of the tokens it gives: refresh, rotation, reuse, logout. */
@ExtendWith(RunningShop.class)
class SignInIT {

  @Test
  void signingInGivesTokensAndTheUser() {
    var registered = UsersApi.register();
    var session = UsersApi.loggedIn(registered.credentials());
    assertThat(session.getString("accessToken")).isNotBlank();
    assertThat(session.getString("refreshToken")).isNotBlank();
    assertThat(session.getInt("expiresIn")).isEqualTo(900);
    assertThat(session.getString("user.id")).isEqualTo(registered.userId());
    assertThat(session.getList("user.roles")).containsExactly("CUSTOMER");
    assertThat(me(session.getString("accessToken"))).isEqualTo(200);
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    var registered = UsersApi.register();
    var wrongPassword =
        login(
                new Credentials(registered.credentials().email(), "not my password"),
                newClientAddress())
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    var unknownEmail =
        login(
                new Credentials("nobody-" + registered.userId() + "@example.com", "whatever it is"),
                newClientAddress())
            .then()
            .statusCode(401)
            .extract()
            .jsonPath();
    assertThat(wrongPassword.getString("detail")).isEqualTo(unknownEmail.getString("detail"));
  }

  @Test
  void aRefreshTokenBuysNewTokensOnce() {
    var registered = UsersApi.register();
    var renewed = renew(registered.refreshToken());
    assertThat(renewed.getString("refreshToken")).isNotEqualTo(registered.refreshToken());
    assertThat(me(renewed.getString("accessToken"))).isEqualTo(200);
    // the successor works in its turn
    assertThat(me(renew(renewed.getString("refreshToken")).getString("accessToken")))
        .isEqualTo(200);
  }

  @Test
  void reusingARefreshTokenRevokesItsWholeFamily() {
    var registered = UsersApi.register();
    var renewed = renew(registered.refreshToken());

    refresh(registered.refreshToken()).then().statusCode(401);

    refresh(renewed.getString("refreshToken")).then().statusCode(401);
    assertThat(me(renewed.getString("accessToken"))).isEqualTo(401);
    assertThat(me(registered.accessToken())).isEqualTo(401);
    // other sign-ins of the same account are separate families and live on
    var elsewhere = UsersApi.loggedIn(registered.credentials());
    assertThat(me(elsewhere.getString("accessToken"))).isEqualTo(200);
  }

  @Test
  void unknownRefreshTokensAreRefused() {
    refresh("never-issued").then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aRefreshWithoutItsTokenIsMalformed() {
    anyone()
        .body(Map.of())
        .post("token")
        .then()
        .statusCode(400)
        .body("errors.field", contains("refreshToken"));
  }

  @Test
  void logoutEndsTheSessionAndItsTokens() {
    var registered = UsersApi.register();
    anyone()
        .body(Map.of("refreshToken", registered.refreshToken()))
        .post("logout")
        .then()
        .statusCode(204);
    refresh(registered.refreshToken()).then().statusCode(401);
    assertThat(me(registered.accessToken())).isEqualTo(401);
    // logging out twice, or with nonsense, changes nothing and says nothing
    anyone()
        .body(Map.of("refreshToken", registered.refreshToken()))
        .post("logout")
        .then()
        .statusCode(204);
  }

  @Test
  void signingInRecordsTheTimeOfTheLastLogin() {
    var registered = UsersApi.register();
    as(registered.accessToken()).get("me").then().body("lastLoginAt", nullValue());
    var before = Instant.now().minusSeconds(5);
    UsersApi.loggedIn(registered.credentials());
    var lastLogin = Instant.parse(as(registered.accessToken()).get("me").path("lastLoginAt"));
    assertThat(lastLogin).isAfter(before);
  }

  @Test
  void aMissingBodyIsA400NotA500() {
    anyone().post("login").then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void aSignInWithoutEmailOrPasswordIsMalformedNotAFailedAttempt() {
    anyone()
        .body(Map.of("password", " "))
        .post("login")
        .then()
        .statusCode(400)
        .body("errors.field", contains("email", "password"));
  }

  private static JsonPath renew(String refreshToken) {
    return refresh(refreshToken).then().statusCode(200).extract().jsonPath();
  }
}
