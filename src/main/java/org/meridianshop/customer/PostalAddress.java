package org.meridianshop.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** Where a parcel or an invoice goes; the country is an ISO 3166-1 alpha-2 code. */
public record PostalAddress(
    String name,
    String line1,
    String line2,
    String city,
    String region,
    String postalCode,
    String country,
    String phone) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern POSTAL_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$");

  /** The address trimmed, or a 400 naming every field that is wrong. */
  public PostalAddress validated() {
    var errors = new ArrayList<FieldError>();
    var validName = required("name", name, 200, errors);
    var validLine1 = required("line1", line1, 200, errors);
    var validLine2 = optional("line2", line2, 200, errors);
    var validCity = required("city", city, 100, errors);
    var validRegion = optional("region", region, 100, errors);
    var validCode = required("postalCode", postalCode, 20, errors);
    if (validCode != null && !POSTAL_CODE.matcher(validCode).matches()) {
      errors.add(new FieldError("postalCode", "Give a postal code of letters and digits."));
    }
    var validCountry = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
    if (validCountry == null || !COUNTRIES.contains(validCountry)) {
      errors.add(new FieldError("country", "Give a two-letter country code such as US or DE."));
    }
    var validPhone = optional("phone", phone, 32, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PostalAddress(
        validName,
        validLine1,
        validLine2,
        validCity,
        validRegion,
        validCode,
        validCountry,
        validPhone);
  }

  private static String required(String field, String value, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "This field is required."));
      return null;
    }
    return optional(field, value, max, errors);
  }

  private static String optional(String field, String value, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.trim().length() > max) {
      errors.add(new FieldError(field, "Use at most " + max + " characters."));
    }
    return value.trim();
  }
}
