package org.meridianshop.inventory;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What operators set on a warehouse: its short code (such as {@code AMS}), name, street address,
 * city, country and whether it is in use. {@link #validated()} names every field at fault at once.
 */
public record WarehouseDetails(
    String code, String name, String address, String city, String country, Boolean active) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** The details tidied (trimmed, codes in capitals, active unless said otherwise) and checked. */
  WarehouseDetails validated() {
    var tidy =
        new WarehouseDetails(
            capitals(code),
            trimmed(name),
            trimmed(address),
            trimmed(city),
            capitals(country),
            active == null || active);
    var errors = new ArrayList<FieldError>();
    if (tidy.code == null || !CODE.matcher(tidy.code).matches()) {
      errors.add(new FieldError("code", "Give 2 to 16 letters, digits or hyphens."));
    }
    requireText(errors, "name", tidy.name, 120);
    if (tidy.address != null && tidy.address.length() > 200) {
      errors.add(new FieldError("address", "Keep the address to 200 characters."));
    }
    requireText(errors, "city", tidy.city, 120);
    if (tidy.country == null || !COUNTRY.matcher(tidy.country).matches()) {
      errors.add(new FieldError("country", "Give the two-letter country code, such as NL."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return tidy;
  }

  private static void requireText(
      ArrayList<FieldError> errors, String field, String value, int most) {
    if (value == null) {
      errors.add(new FieldError(field, "This field is required."));
    } else if (value.length() > most) {
      errors.add(new FieldError(field, "Keep it to " + most + " characters."));
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String capitals(String text) {
    var tidy = trimmed(text);
    return tidy == null ? null : tidy.toUpperCase(Locale.ROOT);
  }
}
