package org.meridianshop.pricing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/**
 * With {@code EXCHANGE_RATES_URL} set, prices in other currencies follow the provider's rates, not
 * the bundled snapshot. The production wiring's provider wants its key and values a euro at two
 * dollars, so the euro price shows that the key was sent and the provider's rate used.
 */
@ExtendWith(RunningShop.class)
class ExchangeRatesProviderIT {

  @Test
  void pricesInEurosUseTheProvidersRate() {
    var api = given().baseUri(RunningShop.baseUri().toString()).basePath("api");
    var id = api.get("products").jsonPath().getString("items[0].id");
    var dollars = new BigDecimal(api.get("products/" + id).jsonPath().getString("price.amount"));

    var euros = api.queryParam("currency", "EUR").get("products/" + id).jsonPath();

    assertThat(euros.getString("price.currency")).isEqualTo("EUR");
    assertThat(new BigDecimal(euros.getString("price.amount")))
        .isEqualByComparingTo(
            dollars.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_EVEN));
  }
}
