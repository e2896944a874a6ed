package org.meridianshop.customer;

import java.util.ArrayList;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** What someone gives to open an account. */
public record NewAccount(
    String email, String password, String firstName, String lastName, String phone) {

  /** The email and profile, checked; a 400 naming every field that is wrong. */
  Valid validated() {
    var errors = new ArrayList<FieldError>();
    var address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      errors.add(new FieldError("email", "Give a valid email address."));
    }
    PasswordPolicy.refusal(password).ifPresent(r -> errors.add(new FieldError("password", r)));
    Profile profile = null;
    try {
      profile = new Profile(firstName, lastName, phone).validated();
    } catch (ShopException e) {
      errors.addAll(e.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Valid(address.orElseThrow(), password, profile);
  }

  record Valid(EmailAddress email, String password, Profile profile) {}
}
