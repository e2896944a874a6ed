package org.meridianshop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class WarehouseDetailsTest {

  @Test
  void detailsAreTidiedAndAWarehouseIsInUseUnlessSaidOtherwise() {
    var tidy =
        new WarehouseDetails(" ams-2 ", " Amsterdam ", " ", "Amsterdam", "nl", null).validated();
    assertThat(tidy)
        .isEqualTo(new WarehouseDetails("AMS-2", "Amsterdam", null, "Amsterdam", "NL", true));
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThatThrownBy(
            () -> new WarehouseDetails("a", null, "x".repeat(201), "", "NLD", false).validated())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("code", "name", "address", "city", "country"));
  }
}
