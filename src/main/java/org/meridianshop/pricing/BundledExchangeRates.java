package org.meridianshop.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * Exchange rates of one day, shipped with the shop: the rates when no provider is configured, and
 * the last resort when the provider fails before it ever answered.
 */
public class BundledExchangeRates implements ExchangeRates {

  /** Mid-market rates per US dollar, snapshot of 2026-11-02. */
  static final DatedRates SNAPSHOT =
      new DatedRates(
          LocalDate.parse("2026-11-02"),
          Instant.parse("2026-11-02T00:00:00Z"),
          Map.of(
              "USD", new BigDecimal("1"),
              "EUR", new BigDecimal("0.9214"),
              "GBP", new BigDecimal("0.7862"),
              "CAD", new BigDecimal("1.3921"),
              "AUD", new BigDecimal("1.5304"),
              "JPY", new BigDecimal("151.62"),
              "CNY", new BigDecimal("7.1180"),
              "INR", new BigDecimal("84.115")));

  @Override
  public BigDecimal usdTo(Currency currency) {
    return SNAPSHOT.usdTo(currency);
  }
}
