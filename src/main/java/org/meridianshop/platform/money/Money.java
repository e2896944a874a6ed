package org.meridianshop.platform.money;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, always held at the currency's minor units (two decimals for USD, none
 * for JPY). In JSON it is {@code {"amount": "1299.00", "currency": "USD"}}: the amount is a string
 * so no client ever parses it into a binary floating point number.
 */
@JsonbTypeSerializer(MoneySerializer.class)
public record Money(BigDecimal amount, Currency currency)
    implements Comparable<Money>, Serializable {

  public static final Currency BASE_CURRENCY = Currency.getInstance("USD");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currency));
  }

  public static Money usd(BigDecimal amount) {
    return new Money(amount, BASE_CURRENCY);
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** The amount as the API and the pages show it, e.g. {@code 1299.00}. */
  public String amountText() {
    return amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency + " do not mix");
    }
  }
}
