package org.meridianshop.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * The price of one US dollar in each shop currency, as published for {@code date} and obtained at
 * {@code obtainedAt}. Serializable so the shop's cache can share it between servers through Redis.
 */
public record DatedRates(LocalDate date, Instant obtainedAt, Map<String, BigDecimal> perDollar)
    implements Serializable {

  public DatedRates {
    perDollar = Map.copyOf(perDollar);
  }

  public BigDecimal usdTo(Currency currency) {
    var rate = perDollar.get(currency.getCurrencyCode());
    if (rate == null) {
      throw new IllegalArgumentException("No rate for " + currency);
    }
    return rate;
  }

  /** How long ago these rates were obtained. */
  public Duration ageAt(Instant now) {
    return Duration.between(obtainedAt, now);
  }
}
