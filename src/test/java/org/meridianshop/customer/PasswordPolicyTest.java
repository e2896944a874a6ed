package org.meridianshop.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"password", "12345678", "baseball", "PASSWORD", "trustno1", "qwertyui"})
  void theMostCommonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertThat(PasswordPolicy.refusal(password))
        .hasValueSatisfying(r -> assertThat(r).contains("common"));
  }

  @Test
  void sevenCharactersAreTooFewAndEightAreEnough() {
    assertThat(PasswordPolicy.refusal("kq7#vZp")).isPresent();
    assertThat(PasswordPolicy.refusal("kq7#vZpx")).isEmpty();
  }

  @Test
  void lengthCountsCharactersNotBytes() {
    assertThat(PasswordPolicy.refusal("ééééééé")).isPresent();
    assertThat(PasswordPolicy.refusal("😀😀😀😀😀😀😀😀")).isEmpty();
  }

  @Test
  void upTo128CharactersAreAccepted() {
    assertThat(PasswordPolicy.refusal("horse ".repeat(21) + "ab")).isEmpty();
    assertThat(PasswordPolicy.refusal("x".repeat(129))).isPresent();
  }

  @Test
  void noCompositionRulesApply() {
    assertThat(PasswordPolicy.refusal("correct horse battery staple")).isEmpty();
    assertThat(PasswordPolicy.refusal("alllowercaseletters")).isEmpty();
  }

  @Test
  void nothingIsNoPassword() {
    assertThat(PasswordPolicy.refusal(null)).isPresent();
    assertThat(PasswordPolicy.refusal("")).isPresent();
  }
}
