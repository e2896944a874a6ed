package org.meridianshop.pricing;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

/** The currencies prices can be shown in; US dollars are the base every price is kept in. */
public final class ShopCurrencies {

  public static final List<String> SUPPORTED =
      List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CNY", "INR");

  private ShopCurrencies() {}

  /** The shop currency with this code (any case, spaces around ignored), if it is one. */
  public static Optional<Currency> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    var normalized = code.trim().toUpperCase(Locale.ROOT);
    return SUPPORTED.contains(normalized)
        ? Optional.of(Currency.getInstance(normalized))
        : Optional.empty();
  }

  /** The currency a caller asked for; blank means the base currency. */
  public static Currency parse(String code, String field) {
    if (code == null || code.isBlank()) {
      return Money.BASE_CURRENCY;
    }
    return find(code)
        .orElseThrow(
            () ->
                new InvalidInputException(field, "must be one of " + String.join(", ", SUPPORTED)));
  }

  /**
   * An API caller's currency: the {@code currency} query parameter, else the {@code
   * Accept-Currency} header, else US dollars; one the shop does not show is a 400 naming {@code
   * currency}.
   */
  public static Currency requested(String parameter, String header) {
    return parse(parameter != null ? parameter : header, "currency");
  }
}
