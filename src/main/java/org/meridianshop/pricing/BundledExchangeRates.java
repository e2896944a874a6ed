package org.meridianshop.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/** Exchange rates of one day, shipped with the shop, for when no rates provider is configured. */
@ApplicationScoped
public class BundledExchangeRates implements ExchangeRates {

  /** Mid-market rates per US dollar, snapshot of 2026-11-02. */
  private static final Map<String, BigDecimal> RATES =
      Map.of(
          "USD", new BigDecimal("1"),
          "EUR", new BigDecimal("0.9214"),
          "GBP", new BigDecimal("0.7862"),
          "CAD", new BigDecimal("1.3921"),
          "AUD", new BigDecimal("1.5304"),
          "JPY", new BigDecimal("151.62"),
          "CNY", new BigDecimal("7.1180"),
          "INR", new BigDecimal("84.115"));

  @Override
  public BigDecimal usdTo(Currency currency) {
    var rate = RATES.get(currency.getCurrencyCode());
    if (rate == null) {
      throw new IllegalArgumentException("No rate for " + currency);
    }
    return rate;
  }
}
