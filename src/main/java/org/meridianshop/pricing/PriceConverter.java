package org.meridianshop.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import org.meridianshop.platform.money.Money;

/** Shows base-currency prices in the shopper's currency, rounded to its minor units. */
@ApplicationScoped
public class PriceConverter {

  private final ExchangeRates rates;

  @Inject
  public PriceConverter(ExchangeRates rates) {
    this.rates = rates;
  }

  protected PriceConverter() {
    this(null);
  }

  public Money convert(Money price, Currency target) {
    if (price.currency().equals(target)) {
      return price;
    }
    if (!price.currency().equals(Money.BASE_CURRENCY)) {
      throw new IllegalArgumentException("Prices are converted from " + Money.BASE_CURRENCY);
    }
    return new Money(price.amount().multiply(rates.usdTo(target)), target);
  }
}
