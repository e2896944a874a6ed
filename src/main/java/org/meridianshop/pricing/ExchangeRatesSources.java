package org.meridianshop.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.meridianshop.platform.cache.CacheStore;

/** The one place that picks the exchange rates: the HTTP provider when configured, else bundled. */
@ApplicationScoped
public class ExchangeRatesSources {

  @Produces
  @ApplicationScoped
  ExchangeRates exchangeRates(RatesProviderSettings settings, CacheStore cache) {
    return settings
        .provider()
        .<ExchangeRates>map(provider -> new HttpExchangeRates(provider, cache, Clock.systemUTC()))
        .orElseGet(BundledExchangeRates::new);
  }
}
