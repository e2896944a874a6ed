package org.meridianshop.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * With SESSION_STORE=redis, web sessions live in Redis: a shopper who signed in stays signed in
 * when the server dies (kill -9) and starts again, as they would when a load balancer sends them to
 * another server of the shop. Runs on the production wiring, which always has Redis.
 */
@ExtendWith(RunningShop.class)
class SharedSessionsIT {

  /** Liberty's session cache keeps the attributes of the shop's sessions (context root /) here. */
  private static final String SESSIONS_IN_REDIS = "com.ibm.ws.session.attr.default_host%2F";

  @Test
  void aSignedInShopperStaysSignedInAcrossACrashOfTheServer() {
    var shopper = new PageClient();
    shopper.register(PageClient.uniqueEmail("sessions"), "a long enough secret");
    assertThat(shopper.get("account/index.xhtml").statusCode()).isEqualTo(200);
    var redis =
        RunningShop.redis()
            .orElseThrow(() -> new AssertionError("sessions are shared only on the Redis wiring"))
            .client();
    assertThat(redis.getKeys().countExists(SESSIONS_IN_REDIS)).isEqualTo(1);

    RunningShop.server().crash();
    RunningShop.server().restart();

    var account = shopper.get("account/index.xhtml");
    assertThat(account.statusCode())
        .as("still signed in, not sent to the login page")
        .isEqualTo(200);
    assertThat(account.body()).contains("sessions-");
  }
}
