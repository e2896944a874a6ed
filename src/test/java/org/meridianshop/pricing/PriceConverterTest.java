package org.meridianshop.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest
  @CsvSource({
    "USD, 19.99",
    "EUR, 18.42",
    "GBP, 15.72",
    "CAD, 27.83",
    "AUD, 30.59",
    "JPY, 3031",
    "CNY, 142.29",
    "INR, 1681.46"
  })
  void everyShopCurrencyGetsItsMinorUnits(String currency, String shown) {
    var converted = converter.convert(Money.of("19.99", "USD"), Currency.getInstance(currency));

    assertThat(converted.currency().getCurrencyCode()).isEqualTo(currency);
    assertThat(converted.amountText()).isEqualTo(shown);
  }

  @Test
  void halfwayAmountsRoundToTheEvenNeighbour() {
    var halfEuro = new PriceConverter(currency -> new BigDecimal("0.5"));
    var eur = Currency.getInstance("EUR");
    assertThat(halfEuro.convert(Money.of("0.05", "USD"), eur).amountText()).isEqualTo("0.02");
    assertThat(halfEuro.convert(Money.of("0.15", "USD"), eur).amountText()).isEqualTo("0.08");

    var tenYen = new PriceConverter(currency -> BigDecimal.TEN);
    var jpy = Currency.getInstance("JPY");
    assertThat(tenYen.convert(Money.of("0.25", "USD"), jpy).amountText()).isEqualTo("2");
    assertThat(tenYen.convert(Money.of("0.35", "USD"), jpy).amountText()).isEqualTo("4");
  }

  @Test
  void onlyDollarPricesAreConverted() {
    assertThatThrownBy(
            () -> converter.convert(Money.of("10.00", "EUR"), Currency.getInstance("GBP")))
        .isInstanceOf(IllegalArgumentException.class);
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

  @Test
  void anApiCallersParameterWinsOverTheHeader() {
    assertThat(ShopCurrencies.requested("gbp", "EUR").getCurrencyCode()).isEqualTo("GBP");
    assertThat(ShopCurrencies.requested(null, "EUR").getCurrencyCode()).isEqualTo("EUR");
    assertThat(ShopCurrencies.requested(null, null)).isEqualTo(Money.BASE_CURRENCY);
    assertThatThrownBy(() -> ShopCurrencies.requested(null, "XYZ"))
        .isInstanceOf(InvalidInputException.class);
  }
}
