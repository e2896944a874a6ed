package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.meridianshop.accounts.UsersApi.anyone;
import static org.meridianshop.accounts.UsersApi.as;
import static org.meridianshop.accounts.UsersApi.login;
import static org.meridianshop.accounts.UsersApi.me;
import static org.meridianshop.accounts.UsersApi.newClientAddress;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.RunningShop;

/** A customer's own profile and password. */
@ExtendWith(RunningShop.class)
class ProfileIT {

  @Test
  void theProfileNeedsACaller() {
    anyone()
        .get("me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
  }

  @Test
  void aCustomerChangesTheirNameAndPhone() {
    var registered = UsersApi.register();
    as(registered.accessToken())
        .body(Map.of("firstName", "Grace", "lastName", "Hopper", "phone", "+1 202 555 0101"))
        .put("me")
        .then()
        .statusCode(200)
        .body("firstName", equalTo("Grace"))
        .body("lastName", equalTo("Hopper"));
    as(registered.accessToken()).get("me").then().body("phone", equalTo("+1 202 555 0101"));
  }

  @Test
  void anInvalidProfileIsRefusedFieldByField() {
    var registered = UsersApi.register();
    as(registered.accessToken())
        .body(Map.of("firstName", "", "lastName", "x".repeat(101), "phone", "ring ring"))
        .put("me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("firstName", "lastName", "phone"));
    as(registered.accessToken()).get("me").then().body("firstName", equalTo("Ada"));
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
    var registered = UsersApi.register();
    var other = UsersApi.loggedIn(registered.credentials());

    as(registered.accessToken())
        .body(Map.of("currentPassword", "not the password", "newPassword", "fresh and long"))
        .put("me/password")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("currentPassword"));
    as(registered.accessToken())
        .body(Map.of("currentPassword", UsersApi.PASSWORD, "newPassword", "fresh and long"))
        .put("me/password")
        .then()
        .statusCode(204);

    assertThat(me(registered.accessToken())).as("the session that changed it").isEqualTo(200);
    assertThat(me(other.getString("accessToken"))).as("another session").isEqualTo(401);
    login(registered.credentials(), newClientAddress()).then().statusCode(401);
    login(new Credentials(registered.credentials().email(), "fresh and long"), newClientAddress())
        .then()
        .statusCode(200);
  }
}
