package org.meridianshop.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulCharactersInJsonTest {

  @Test
  void findsTheEscapedNulCharacter() {
    assertThat(NulCharactersInJson.holdsNul("{\"name\": \"a\\u0000b\"}")).isTrue();
    assertThat(NulCharactersInJson.holdsNul("{\"name\": \"\\\\\\u0000\"}")).isTrue();
  }

  @Test
  void leavesAnEscapedBackslashFollowedByTheLettersAlone() {
    assertThat(NulCharactersInJson.holdsNul("{\"path\": \"C:\\\\u0000\"}")).isFalse();
    assertThat(NulCharactersInJson.holdsNul("{\"name\": \"\\u00001\"}")).isTrue();
    assertThat(NulCharactersInJson.holdsNul("{\"name\": \"\\u0001\"}")).isFalse();
  }
}
