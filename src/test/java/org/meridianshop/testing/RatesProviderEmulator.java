package org.meridianshop.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An exchange rates provider as WireMock plays it, for the production wiring. It answers only
 * requests that carry the shop's key, and its euro is worth exactly two dollars, far from any real
 * rate and from the shop's bundled snapshot, so a price in euros tells which rates made it.
 */
final class RatesProviderEmulator implements AutoCloseable {

  /** Euros per US dollar at this provider. */
  static final BigDecimal EUR_PER_USD = new BigDecimal("0.5");

  private static final String KEY = "rates-test-key";

  private final WireMockServer server;

  private RatesProviderEmulator(WireMockServer server) {
    this.server = server;
  }

  static RatesProviderEmulator start() {
    var server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/latest"))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .willReturn(
                okJson(
                    """
                    {"base": "USD", "date": "2026-11-20", "rates": {
                      "USD": 1, "EUR": %s, "GBP": 0.79, "CAD": 1.39, "AUD": 1.53,
                      "JPY": 151.2, "CNY": 7.11, "INR": 84.2}}
                    """
                        .formatted(EUR_PER_USD))));
    return new RatesProviderEmulator(server);
  }

  Map<String, String> environment() {
    return Map.of(
        "EXCHANGE_RATES_URL", server.baseUrl() + "/latest?base=USD", "EXCHANGE_RATES_API_KEY", KEY);
  }

  @Override
  public void close() {
    server.stop();
  }
}
