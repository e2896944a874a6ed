package org.meridianshop.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedWordsTest {

  @Test
  void queryOperatorsAreStrippedSoTypedTextIsNeverSyntax() {
    assertThat(TypedWords.of("  \"usb-c\" +cable* (2m) | ~ ").words())
        .containsExactly("usb", "c", "cable", "2m");
    assertThat(TypedWords.of("  -*~ ").isEmpty()).isTrue();
    assertThat(TypedWords.of(null).isEmpty()).isTrue();
  }

  @Test
  void longerWordsAllowMoreTypos() {
    assertThat(TypedWords.allowedEdits("tv")).isZero();
    assertThat(TypedWords.allowedEdits("cat")).isZero();
    assertThat(TypedWords.allowedEdits("lapotp")).isEqualTo(1);
    assertThat(TypedWords.allowedEdits("headphnes")).isEqualTo(2);
    assertThat(TypedWords.of("red lapotp headphnes").fuzzy()).isEqualTo("red lapotp~1 headphnes~2");
  }

  @Test
  void accentedLettersAreKept() {
    assertThat(TypedWords.of("sauté pan").plain()).isEqualTo("sauté pan");
  }
}
