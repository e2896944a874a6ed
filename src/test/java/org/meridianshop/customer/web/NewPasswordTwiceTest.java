package org.meridianshop.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;

class NewPasswordTwiceTest {

  @Test
  void thePasswordTypedTheSameTwiceIsTaken() {
    var form = new NewPasswordTwice();
    form.setNewPassword("a long enough secret");
    form.setRepeatedPassword("a long enough secret");
    assertThat(form.typed()).isEqualTo("a long enough secret");
  }

  @Test
  void twoDifferentPasswordsAreRefusedNextToTheSecondField() {
    var form = new NewPasswordTwice();
    form.setNewPassword("a long enough secret");
    form.setRepeatedPassword("a long enough secrte");
    assertThatThrownBy(form::typed)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(e -> e.field())
                    .containsExactly("repeatedPassword"));
  }
}
