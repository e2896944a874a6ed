package org.meridianshop.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The words and star counts product cards and pages show for ratings and availability. */
@Named
@ApplicationScoped
public class ProductLabels {

  /** The rating rounded to half stars, as 0 to 10, which the theme draws as stars. */
  public int halfStars(BigDecimal rating) {
    if (rating == null) {
      return 0;
    }
    var halves =
        rating.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).intValue();
    return Math.max(0, Math.min(10, halves));
  }

  /** The rating with one decimal, e.g. {@code 4.5}. */
  public String rating(BigDecimal rating) {
    return rating == null ? "0.0" : rating.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String stock(String stockStatus) {
    return switch (stockStatus) {
      case "in_stock" -> "In stock";
      case "low_stock" -> "Only a few left";
      default -> "Out of stock";
    };
  }

  /** What a card or a product page says about stock, with the quantity when it runs low. */
  public String stockWithQuantity(String stockStatus, int availableQuantity) {
    return "low_stock".equals(stockStatus)
        ? "Only " + availableQuantity + " left"
        : stock(stockStatus);
  }
}
