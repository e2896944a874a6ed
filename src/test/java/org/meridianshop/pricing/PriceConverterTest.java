package org.meridianshop.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

class PriceConverterTest {

  private final PriceConverter converter = new PriceConverter(new BundledExchangeRates());

  @Test
  void convertsFromDollarsAtTheRateAndRoundsToMinorUnits() {
    var eur = converter.convert(Money.of("100.00", "USD"), Currency.getInstance("EUR"));
    assertThat(eur).isEqualTo(Money.of("92.14", "EUR"));
    var yen = converter.convert(Money.of("9.99", "USD"), Currency.getInstance("JPY"));
    assertThat(yen.amountText()).isEqualTo("1515");
  }

  @Test
  void dollarsStayAsTheyAre() {
    var price = Money.of("19.99", "USD");
    assertThat(converter.convert(price, Money.BASE_CURRENCY)).isSameAs(price);
  }

  @Test
  void everySupportedCurrencyHasARate() {
    var rates = new BundledExchangeRates();
    ShopCurrencies.SUPPORTED.forEach(
        code -> assertThat(rates.usdTo(Currency.getInstance(code))).isPositive());
  }

  @Test
  void onlySupportedCurrenciesAreAccepted() {
    assertThat(ShopCurrencies.parse(" eur ", "currency").getCurrencyCode()).isEqualTo("EUR");
    assertThat(ShopCurrencies.parse(null, "currency")).isEqualTo(Money.BASE_CURRENCY);
    assertThatThrownBy(() -> ShopCurrencies.parse("CHF", "currency"))
        .isInstanceOf(InvalidInputException.class);
  }
}
