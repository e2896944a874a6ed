package org.meridianshop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  private final AccessTokens tokens = withKey("k".repeat(32));

  @Test
  void anIssuedTokenNamesItsAccountAndSession() {
    var session = UUID.randomUUID();
    var token = tokens.issue("account-1", session);
    assertThat(tokens.verify(token)).hasValue(new AccessTokens.TokenSubject("account-1", session));
  }

  @Test
  void aTokenFromAnotherKeyOrAlteredIsNothing() {
    var token = tokens.issue("account-1", UUID.randomUUID());
    assertThat(withKey("x".repeat(32)).verify(token)).isEmpty();
    assertThat(tokens.verify(token.substring(0, token.length() - 2) + "AA")).isEmpty();
    assertThat(tokens.verify("not a token")).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
  }

  private static AccessTokens withKey(String secret) {
    var keys = new SigningKeys();
    keys.configured = Optional.of(Base64.getEncoder().encodeToString(secret.getBytes()));
    var tokens = new AccessTokens();
    tokens.keys = keys;
    return tokens;
  }
}
