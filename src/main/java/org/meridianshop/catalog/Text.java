package org.meridianshop.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** How the catalog's forms tidy and check the text administrators type. */
final class Text {

  private Text() {}

  static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A URL-friendly name: "Café Noir 2" becomes "cafe-noir-2". */
  static String slugOf(String name) {
    var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The text trimmed, or a refusal naming the field when it is empty or too long. */
  static String required(String field, String value, int most) {
    var tidy = trimmed(value);
    var errors = new ArrayList<FieldError>();
    require(errors, field, tidy, most);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return tidy;
  }

  /**
   * Checks that attributes fit their column (stored as a JSON object of {@code most} characters):
   * names of at most 100 characters, values of at most 500.
   */
  static void checkAttributes(List<FieldError> errors, Map<String, String> attributes, int most) {
    for (var entry : attributes.entrySet()) {
      if (entry.getKey().length() > 100 || entry.getValue().length() > 500) {
        errors.add(new FieldError("attributes", "Keep names to 100 and values to 500 characters."));
        return;
      }
    }
    if (new AttributesConverter().convertToDatabaseColumn(attributes).length() > most) {
      errors.add(new FieldError("attributes", "Keep the attributes to " + most + " characters."));
    }
  }

  static void require(List<FieldError> errors, String field, String value, int most) {
    if (value == null) {
      errors.add(new FieldError(field, "This field is required."));
    } else if (value.length() > most) {
      errors.add(new FieldError(field, "Keep it to " + most + " characters."));
    }
  }
}
