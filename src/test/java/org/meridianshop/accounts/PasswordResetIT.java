package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.meridianshop.accounts.UsersApi.anyone;
import static org.meridianshop.accounts.UsersApi.from;
import static org.meridianshop.accounts.UsersApi.login;
import static org.meridianshop.accounts.UsersApi.me;
import static org.meridianshop.accounts.UsersApi.newClientAddress;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.RunningShop;

/** Forgotten passwords: the same answer for everyone, a link that works once, sessions ended. */
@ExtendWith(RunningShop.class)
class PasswordResetIT {

  private static final String NEW_PASSWORD = "a brand new secret";

  @Test
  void askingAnswers202WhetherOrNotTheEmailHasAnAccount() {
    var registered = UsersApi.register();
    var known = requestReset(registered.credentials().email());
    var unknown = requestReset("nobody-" + registered.userId() + "@example.com");
    assertThat(known.statusCode()).isEqualTo(202);
    assertThat(unknown.statusCode()).isEqualTo(202);
    assertThat(known.body().asString()).isEqualTo(unknown.body().asString());
  }

  @Test
  void theLinkSetsANewPasswordOnceAndSignsEveryoneOut() {
    var registered = UsersApi.register();
    var email = registered.credentials().email();
    requestReset(email);
    var token = UsersApi.resetTokenOf(email);

    confirm(token, NEW_PASSWORD).then().statusCode(204);

    assertThat(me(registered.accessToken())).isEqualTo(401);
    UsersApi.refresh(registered.refreshToken()).then().statusCode(401);
    login(registered.credentials(), newClientAddress()).then().statusCode(401);
    login(new Credentials(email, NEW_PASSWORD), newClientAddress()).then().statusCode(200);
    confirm(token, "yet another secret")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("token"));
  }

  @Test
  void theNewPasswordMustMeetThePolicyAndTheTokenStaysUsable() {
    var registered = UsersApi.register();
    var email = registered.credentials().email();
    requestReset(email);
    var token = UsersApi.resetTokenOf(email);

    confirm(token, "password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
    confirm(token, NEW_PASSWORD).then().statusCode(204);
  }

  @Test
  void anInventedTokenIsA400() {
    confirm("made-up", NEW_PASSWORD).then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void askingTooOftenForOneEmailIsA429() {
    var email = UsersApi.register().credentials().email();
    for (int i = 0; i < 3; i++) {
      assertThat(requestReset(email).statusCode()).isEqualTo(202);
    }
    var refused = requestReset(email);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 15 * 60);
  }

  private static io.restassured.response.Response requestReset(String email) {
    return from(newClientAddress()).body(Map.of("email", email)).post("password-reset");
  }

  private static io.restassured.response.Response confirm(String token, String password) {
    return anyone()
        .body(Map.of("token", token, "newPassword", password))
        .post("password-reset/confirm");
  }
}
