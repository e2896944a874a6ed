package org.meridianshop.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What an administrator sets on a variant: its SKU (unique in the shop), name, price and the
 * attributes that tell it apart, such as size and colour.
 */
public record VariantDraft(
    String sku, String name, BigDecimal price, Map<String, String> attributes) {

  private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,63}");

  /** The draft tidied (SKU in capitals, the name made of the attributes when left out). */
  VariantDraft validated() {
    var tidyAttributes = new LinkedHashMap<String, String>();
    if (attributes != null) {
      attributes.forEach(
          (key, value) -> {
            if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
              tidyAttributes.put(key.strip(), value.strip());
            }
          });
    }
    var tidySku = Text.trimmed(sku);
    var tidyName = Text.trimmed(name);
    if (tidyName == null && !tidyAttributes.isEmpty()) {
      tidyName = String.join(" / ", tidyAttributes.values());
    }
    var tidy =
        new VariantDraft(
            tidySku == null ? null : tidySku.toUpperCase(Locale.ROOT),
            tidyName,
            price,
            Map.copyOf(tidyAttributes));
    var errors = new ArrayList<FieldError>();
    if (tidy.sku == null || !SKU.matcher(tidy.sku).matches()) {
      errors.add(
          new FieldError("sku", "Give 2 to 64 letters, digits, dots, dashes or underscores."));
    }
    Text.require(errors, "name", tidy.name, 200);
    ProductDraft.checkPrice(errors, "price", price);
    Text.checkAttributes(errors, tidyAttributes, 2000);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new VariantDraft(tidy.sku, tidy.name, price, tidyAttributes);
  }
}
