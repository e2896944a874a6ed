package org.meridianshop.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What an administrator sets on a product: name, slug (made from the name when left out),
 * description, brand, category, status, base price and attributes. {@link #validated()} names every
 * field at fault at once.
 */
public record ProductDraft(
    String name,
    String slug,
    String description,
    String brandId,
    String categoryId,
    String status,
    BigDecimal price,
    Map<String, String> attributes) {

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 8000;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

  /** The draft tidied (trimmed, slug from the name, draft status by default) and checked. */
  ProductDraft validated() {
    var tidyName = Text.trimmed(name);
    var tidySlug = Text.trimmed(slug);
    var tidy =
        new ProductDraft(
            tidyName,
            tidySlug == null && tidyName != null ? Text.slugOf(tidyName) : tidySlug,
            description == null ? "" : description.strip(),
            brandId,
            categoryId,
            status == null || status.isBlank() ? "draft" : status.strip().toLowerCase(Locale.ROOT),
            price,
            attributes == null ? Map.of() : tidyAttributes(attributes));
    var errors = new ArrayList<FieldError>();
    Text.require(errors, "name", tidy.name, MAX_NAME);
    if (tidy.slug == null || tidy.slug.length() > 220 || !SLUG.matcher(tidy.slug).matches()) {
      errors.add(new FieldError("slug", "Use lower-case letters and digits joined by hyphens."));
    }
    if (tidy.description.length() > MAX_DESCRIPTION) {
      errors.add(new FieldError("description", "Keep it to " + MAX_DESCRIPTION + " characters."));
    }
    if (id(brandId) == null) {
      errors.add(new FieldError("brandId", "Choose a brand."));
    }
    if (id(categoryId) == null) {
      errors.add(new FieldError("categoryId", "Choose a category."));
    }
    if (ProductStatus.named(tidy.status).isEmpty()) {
      errors.add(new FieldError("status", "Choose draft, active or archived."));
    }
    checkPrice(errors, "price", price);
    Text.checkAttributes(errors, tidy.attributes, 4000);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return tidy;
  }

  long brand() {
    return id(brandId);
  }

  long category() {
    return id(categoryId);
  }

  private static Long id(String text) {
    return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
  }

  ProductStatus productStatus() {
    return ProductStatus.named(status).orElseThrow();
  }

  /** A price from 0 to 9,999,999,999.99 with at most two decimals (cents). */
  static void checkPrice(List<FieldError> errors, String field, BigDecimal price) {
    if (price == null) {
      errors.add(new FieldError(field, "Give a price in US dollars."));
    } else if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.scale() > 2) {
      errors.add(new FieldError(field, "Give an amount from 0 with at most two decimals."));
    }
  }

  private static Map<String, String> tidyAttributes(Map<String, String> given) {
    var tidy = new LinkedHashMap<String, String>();
    given.forEach(
        (key, value) -> {
          if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
            tidy.put(key.strip(), value.strip());
          }
        });
    return tidy;
  }
}
