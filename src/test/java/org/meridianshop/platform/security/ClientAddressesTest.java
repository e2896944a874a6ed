package org.meridianshop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindProxy = new ClientAddresses("10.0.0.1, 10.0.0.2");

  @Test
  void withoutTrustedProxiesTheConnectionIsTheClient() {
    var direct = new ClientAddresses(" ");
    assertThat(direct.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyNamesTheClient() {
    assertThat(behindProxy.of("10.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
  }

  @Test
  void aClientCannotHideBehindAnAddressItWritesItself() {
    // the client wrote "1.2.3.4"; our proxy appended the address it really saw
    assertThat(behindProxy.of("10.0.0.1", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
    assertThat(behindProxy.of("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1"))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void anUntrustedConnectionCannotClaimAnAddress() {
    assertThat(behindProxy.of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
  }
}
