package org.meridianshop.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void addressesAreKeptTrimmedAndInLowerCase() {
    assertThat(EmailAddress.parse("  Ada.Lovelace+shop@Example.CO.uk "))
        .map(EmailAddress::value)
        .hasValue("ada.lovelace+shop@example.co.uk");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "ada lovelace@example.com",
        "ada@exa mple.com",
        "ada@-example.com",
        "ada@@example.com",
        "<ada>@example.com"
      })
  void implausibleAddressesAreRefused(String text) {
    assertThat(EmailAddress.parse(text)).isEmpty();
  }

  @Test
  void anAddressLongerThan254CharactersIsRefused() {
    assertThat(EmailAddress.parse("a".repeat(250) + "@x.io")).isEmpty();
    assertThat(EmailAddress.parse(null)).isEmpty();
  }
}
