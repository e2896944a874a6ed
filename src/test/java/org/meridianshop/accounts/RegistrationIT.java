package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.meridianshop.accounts.UsersApi.anyone;
import static org.meridianshop.accounts.UsersApi.as;
import static org.meridianshop.accounts.UsersApi.newCredentials;
import static org.meridianshop.accounts.UsersApi.registration;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridianshop.testing.PublishedEvents;
import org.meridianshop.testing.RunningShop;

/** Opening an account through the API, and verifying its email. */
@ExtendWith(RunningShop.class)
class RegistrationIT {

  @Test
  void registeringGivesTokensThatSignTheNewCustomerIn() {
    var registered = UsersApi.register();
    assertThat(registered.userId()).isNotBlank();
    as(registered.accessToken())
        .get("me")
        .then()
        .statusCode(200)
        .body("id", equalTo(registered.userId()))
        .body("email", equalTo(registered.credentials().email()))
        .body("firstName", equalTo("Ada"))
        .body("lastName", equalTo("Lovelace"))
        .body("phone", equalTo("+44 20 7946 0000"))
        .body("emailVerified", equalTo(false))
        .body("roles", equalTo(java.util.List.of("CUSTOMER")));
  }

  @Test
  void registrationAnswers201WithTheTokensTheContractNames() {
    anyone()
        .body(registration(newCredentials()))
        .post("register")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/users/me"))
        .body("expiresIn", equalTo(900))
        .body("accessToken", org.hamcrest.Matchers.matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
        .body("refreshToken", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
  }

  @Test
  void anEmailCanOpenOneAccountWhateverItsCase() {
    var credentials = newCredentials();
    anyone().body(registration(credentials)).post("register").then().statusCode(201);
    var shouted = registration(credentials);
    shouted.put("email", "  " + credentials.email().toUpperCase() + " ");
    anyone()
        .body(shouted)
        .post("register")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("An account with this email already exists."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "ann@", "@example.com", "ann@example", "a b@example.com"})
  void anInvalidEmailIsRefusedByName(String email) {
    var body = registration(newCredentials());
    body.put("email", email);
    anyone()
        .body(body)
        .post("register")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "password1", "qwertyuiop", "iloveyou"})
  void shortOrCommonPasswordsAreRefused(String password) {
    var body = registration(newCredentials());
    body.put("password", password);
    anyone()
        .body(body)
        .post("register")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
  }

  @Test
  void passwordsOfSixtyFourCharactersAndAnyCompositionAreWelcome() {
    var body = registration(newCredentials());
    body.put("password", "ü".repeat(64));
    anyone().body(body).post("register").then().statusCode(201);
    var tooLong = registration(newCredentials());
    tooLong.put("password", "x".repeat(129));
    anyone()
        .body(tooLong)
        .post("register")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    anyone()
        .body(Map.of("email", "nope", "password", "123", "firstName", " ", "phone", "call me"))
        .post("register")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("email", "password", "firstName", "lastName", "phone"));
  }

  @Test
  void aMissingOrMalformedBodyIsA400() {
    anyone().post("register").then().statusCode(400).contentType("application/problem+json");
    anyone().body("{\"email\": ").post("register").then().statusCode(400);
  }

  @Test
  void theVerificationTokenPublishedWithUserRegisteredVerifiesTheEmailOnce() {
    var registered = UsersApi.register();
    var token = UsersApi.verificationTokenOf(registered.credentials().email());

    anyone().body(Map.of("token", token)).post("verify-email").then().statusCode(204);
    as(registered.accessToken()).get("me").then().body("emailVerified", equalTo(true));
    anyone()
        .body(Map.of("token", token))
        .post("verify-email")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("token"));
  }

  @Test
  void aCustomerCanAskForANewVerificationLinkUntilVerified() {
    var registered = UsersApi.register();
    var email = registered.credentials().email();
    as(registered.accessToken()).post("me/verification-email").then().statusCode(202);
    var resent =
        PublishedEvents.await(
                "user.verification-requested", e -> email.equals(e.getString("email")))
            .getString("verificationToken");
    assertThat(resent).isNotEqualTo(UsersApi.verificationTokenOf(email));

    anyone().body(Map.of("token", resent)).post("verify-email").then().statusCode(204);
    as(registered.accessToken()).post("me/verification-email").then().statusCode(409);
  }

  @Test
  void anInventedVerificationTokenIsA400() {
    anyone()
        .body(Map.of("token", "made-up"))
        .post("verify-email")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
