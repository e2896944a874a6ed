package org.meridianshop.pricing;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A port for the price of one US dollar in another currency. The embedded shop uses a bundled,
 * dated snapshot; at scale an HTTP rates provider cached for an hour.
 */
public interface ExchangeRates {

  /** How many units of {@code currency} one US dollar buys. */
  BigDecimal usdTo(Currency currency);
}
