package org.meridianshop.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"/account/index.xhtml", "/account/addresses.xhtml?x=1", "/", "/c/laptops#top"})
  void pathsWithinTheShopAreFollowed(String next) {
    assertThat(LocalPath.afterSignIn(next)).isEqualTo(next);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example/",
        "/\\evil.example/",
        "/account\\..\\x",
        "https://evil.example/",
        "javascript:alert(1)",
        "account/index.xhtml",
        "/account/index.xhtml\r\nSet-Cookie: x=1",
        "/\tevil.example"
      })
  void anythingElseGoesToTheAccountPage(String next) {
    assertThat(LocalPath.afterSignIn(next)).isEqualTo(LocalPath.ACCOUNT);
  }
}
