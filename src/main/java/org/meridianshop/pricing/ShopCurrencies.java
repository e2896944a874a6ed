package org.meridianshop.pricing;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

/** The currencies prices can be shown in; US dollars are the base every price is kept in. */
public final class ShopCurrencies {

  public static final List<String> SUPPORTED =
      List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CNY", "INR");

  private ShopCurrencies() {}

  /** The currency a caller asked for; blank means the base currency. */
  public static Currency parse(String code, String field) {
    if (code == null || code.isBlank()) {
      return Money.BASE_CURRENCY;
    }
    var normalized = code.trim().toUpperCase(Locale.ROOT);
    if (!SUPPORTED.contains(normalized)) {
      throw new InvalidInputException(field, "must be one of " + String.join(", ", SUPPORTED));
    }
    return Currency.getInstance(normalized);
  }
}
