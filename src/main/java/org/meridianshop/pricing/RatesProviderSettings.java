package org.meridianshop.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rates provider, when {@code EXCHANGE_RATES_URL} is set (with {@code EXCHANGE_RATES_API_KEY}
 * and {@code EXCHANGE_RATES_API_KEY_HEADER} if it wants a key). Unset, the bundled snapshot serves.
 */
@ApplicationScoped
public class RatesProviderSettings {

  @Inject
  @ConfigProperty(name = "exchange.rates.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "exchange.rates.api.key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "exchange.rates.api.key.header")
  Optional<String> keyHeader;

  public Optional<RatesProvider> provider() {
    return url.filter(u -> !u.isBlank())
        .map(u -> new RatesProvider(URI.create(u.trim()), apiKey, keyHeader));
  }
}
