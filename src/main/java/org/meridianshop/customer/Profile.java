package org.meridianshop.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** What an account says about its person: a name to address them by and a phone to reach them. */
public record Profile(String firstName, String lastName, String phone) {

  private static final int MAX_NAME = 100;
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./-]{5,30}$");

  /** The profile with surrounding blanks removed, or a 400 naming every field that is wrong. */
  public Profile validated() {
    var errors = new ArrayList<FieldError>();
    var first = name("firstName", firstName, errors);
    var last = name("lastName", lastName, errors);
    var number = phone == null || phone.isBlank() ? null : phone.trim();
    if (number != null && !PHONE.matcher(number).matches()) {
      errors.add(new FieldError("phone", "Give a phone number of digits, optionally with +."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Profile(first, last, number);
  }

  private static String name(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "This field is required."));
      return null;
    }
    if (value.trim().length() > MAX_NAME) {
      errors.add(new FieldError(field, "Use at most " + MAX_NAME + " characters."));
    }
    return value.trim();
  }
}
