package org.meridianshop.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What a shopper asked to see of the catalog: a category (with its subcategories), brands, a price
 * range, only what is in stock, an order and a page. Built from the raw strings of a URL so that
 * every bad value becomes a clear field error rather than a failure.
 */
public record ProductQuery(
    String category,
    List<String> brands,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    boolean inStockOnly,
    ProductSort sort,
    int page,
    int size) {

  public ProductQuery {
    brands = List.copyOf(brands);
  }

  public static ProductQuery parse(
      String category,
      String brands,
      String minPrice,
      String maxPrice,
      String inStock,
      String sort,
      String page,
      String size) {
    var errors = new ArrayList<FieldError>();
    var min = decimal("minPrice", minPrice, errors);
    var max = decimal("maxPrice", maxPrice, errors);
    if (min != null && max != null && min.compareTo(max) > 0) {
      errors.add(new FieldError("maxPrice", "must not be below minPrice"));
    }
    var pageNumber = integer("page", page, 1, 1, Integer.MAX_VALUE / Page.MAX_SIZE, errors);
    var pageSize = integer("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE, errors);
    var stock = bool("inStock", inStock, errors);
    ProductSort order = ProductSort.NEWEST;
    try {
      order = ProductSort.parse(sort, ProductSort.NEWEST);
    } catch (InvalidInputException e) {
      errors.addAll(e.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ProductQuery(
        blankToNull(category), list(brands), min, max, stock, order, pageNumber, pageSize);
  }

  /** A stable key for caching the result of this query. */
  public String cacheKey() {
    return String.join(
        "|",
        Objects.toString(category, ""),
        String.join(",", brands),
        Objects.toString(minPrice, ""),
        Objects.toString(maxPrice, ""),
        Boolean.toString(inStockOnly),
        sort.parameter(),
        Integer.toString(page),
        Integer.toString(size));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }

  private static BigDecimal decimal(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      var number = new BigDecimal(value.trim());
      if (number.signum() < 0) {
        errors.add(new FieldError(field, "must not be negative"));
      } else if (number.compareTo(new BigDecimal("1000000000")) > 0) {
        errors.add(new FieldError(field, "is too large"));
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "must be a number"));
      return null;
    }
  }

  private static int integer(
      String field, String value, int fallback, int min, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      var number = Integer.parseInt(value.trim());
      if (number < min || number > max) {
        errors.add(new FieldError(field, "must be between " + min + " and " + max));
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "must be a whole number"));
      return fallback;
    }
  }

  private static boolean bool(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> {
        errors.add(new FieldError(field, "must be true or false"));
        yield false;
      }
    };
  }
}
