package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.accounts.UsersApi.login;
import static org.meridianshop.accounts.UsersApi.newClientAddress;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.RunningShop;

/**
 * Brute force: the sixth failed sign-in within 15 minutes is refused, whether the attempts aim at
 * one account or come from one address. Runs on both wirings: counted in-process by the embedded
 * shop, in Redis by the production one.
 */
@ExtendWith(RunningShop.class)
class LoginThrottlingIT {

  @Test
  void theSixthAttemptOnOneAccountIsA429EvenWithTheRightPassword() {
    var account = UsersApi.register().credentials();
    var wrong = new Credentials(account.email(), "guess number n");
    for (int i = 0; i < 5; i++) {
      login(wrong, newClientAddress()).then().statusCode(401);
    }
    assertRateLimited(login(account, newClientAddress()));
    assertRateLimited(login(wrong, newClientAddress()));
    RunningShop.redis()
        .ifPresent(
            redis ->
                assertThat(
                        redis
                            .client()
                            .getKeys()
                            .countExists("ratelimit:login-failures-account:" + account.email()))
                    .as("the production wiring counts in Redis, shared by every server")
                    .isEqualTo(1));
  }

  @Test
  void theSixthFailureFromOneAddressIsA429ForAnyAccount() {
    var attacker = newClientAddress();
    for (int i = 0; i < 5; i++) {
      var victim = UsersApi.register().credentials();
      login(new Credentials(victim.email(), "guess number n"), attacker).then().statusCode(401);
    }
    var innocent = UsersApi.register().credentials();
    assertRateLimited(login(innocent, attacker));
    login(innocent, newClientAddress()).then().statusCode(200);
  }

  @Test
  void aSuccessfulSignInForgivesTheAccountsEarlierFailures() {
    var account = UsersApi.register().credentials();
    var wrong = new Credentials(account.email(), "guess number n");
    for (int i = 0; i < 4; i++) {
      login(wrong, newClientAddress()).then().statusCode(401);
    }
    login(account, newClientAddress()).then().statusCode(200);
    for (int i = 0; i < 4; i++) {
      login(wrong, newClientAddress()).then().statusCode(401);
    }
    login(account, newClientAddress()).then().statusCode(200);
  }

  private static void assertRateLimited(Response response) {
    response.then().statusCode(429).contentType("application/problem+json");
    assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(60 * 14, 60 * 15);
  }
}
