package org.meridianshop.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class PostalAddressTest {

  @Test
  void aValidAddressComesBackTrimmedWithAnUpperCaseCountry() {
    var address =
        new PostalAddress(" Ada ", "1 Road", " ", "London", null, "SW1A 1AA", "gb", null)
            .validated();
    assertThat(address.name()).isEqualTo("Ada");
    assertThat(address.line2()).isNull();
    assertThat(address.country()).isEqualTo("GB");
  }

  @Test
  void everyWrongFieldIsNamed() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new PostalAddress("", null, null, " ", null, "!!", "XX", null).validated());
    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("name", "line1", "city", "postalCode", "country");
  }

  @Test
  void aProfileNeedsBothNamesAndAPlausiblePhone() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> new Profile(" ", "Lee", "not a phone").validated());
    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("firstName", "phone");
    assertThat(new Profile("Ann", "Lee", " ").validated().phone()).isNull();
  }
}
