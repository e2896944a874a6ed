package org.meridianshop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void everyTypedWordMustBeginAWordOfTheName() {
    assertThat(Suggestions.startsAsTyped("Chargers & Cables", List.of("cab"))).isTrue();
    assertThat(Suggestions.startsAsTyped("Chargers & Cables", List.of("ch", "ca"))).isTrue();
    assertThat(Suggestions.startsAsTyped("Chargers & Cables", List.of("ables"))).isFalse();
  }
}
