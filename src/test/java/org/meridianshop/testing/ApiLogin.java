package org.meridianshop.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs test callers in through the users API and keeps their access tokens while they are fresh,
 * so that tests do not spend a bcrypt check on every call.
 */
public final class ApiLogin {

  private static final Duration FRESH_FOR = Duration.ofMinutes(10);
  private static final Map<Credentials, Token> TOKENS = new ConcurrentHashMap<>();

  private ApiLogin() {}

  /** A fresh access token for the credentials. */
  public static String accessToken(Credentials credentials) {
    return TOKENS.compute(
            credentials,
            (who, held) ->
                held != null && held.obtained.plus(FRESH_FOR).isAfter(Instant.now())
                    ? held
                    : new Token(login(who), Instant.now()))
        .value;
  }

  /** A fresh access token of the shop's administrator. */
  public static String adminToken() {
    return accessToken(RunningShop.admin());
  }

  private static String login(Credentials credentials) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(Map.of("email", credentials.email(), "password", credentials.password()))
        .post("api/users/login")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  private record Token(String value, Instant obtained) {}
}
