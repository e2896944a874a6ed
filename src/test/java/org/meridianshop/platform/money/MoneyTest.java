package org.meridianshop.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAreKeptInTheCurrencysMinorUnits() {
    assertThat(Money.of("12.5", "USD").amountText()).isEqualTo("12.50");
    assertThat(Money.of("1999.6", "JPY").amountText()).isEqualTo("2000");
    assertThat(Money.of("0.125", "EUR").amountText()).isEqualTo("0.12");
  }

  @Test
  void addsAndMultipliesWithoutFloatingPointErrors() {
    var dime = Money.of("0.10", "USD");
    assertThat(dime.plus(Money.of("0.20", "USD"))).isEqualTo(Money.of("0.30", "USD"));
    assertThat(dime.times(3).amount()).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void currenciesDoNotMix() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isWrittenAsADecimalStringInJson() throws Exception {
    try (var jsonb = JsonbBuilder.create()) {
      assertThat(jsonb.toJson(Money.of("1299", "USD")))
          .isEqualTo("{\"amount\":\"1299.00\",\"currency\":\"USD\"}");
    }
  }
}
