package org.meridianshop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void withoutOtherOriginsThePagesLoadOnlyTheShopsOwnFiles() {
    var policy = SecurityHeaders.policy(Map.of());

    assertThat(policy)
        .contains("script-src 'self';", "frame-src 'self';", "connect-src 'self';")
        .doesNotContain("https://");
  }

  @Test
  void anotherOriginJoinsOnlyTheDirectivesItIsNamedFor() {
    var policy =
        SecurityHeaders.policy(
            Map.of(
                "script-src", List.of("https://js.stripe.com"),
                "connect-src", List.of("https://api.stripe.com")));

    assertThat(policy)
        .contains("script-src 'self' https://js.stripe.com;")
        .contains("connect-src 'self' https://api.stripe.com;")
        .contains("style-src 'self';", "frame-src 'self';", "default-src 'self';");
  }
}
