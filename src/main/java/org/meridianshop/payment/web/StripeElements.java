package org.meridianshop.payment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.meridianshop.platform.web.ThirdPartyOrigins;

/**
 * Stripe's card field in the storefront, on when a publishable key is configured ({@code
 * STRIPE_PUBLISHABLE_KEY}): the browser hands card details to Stripe.js and sends the shop only the
 * PaymentMethod id it gets back. Without a key the pages offer the offline gateway's test cards,
 * and no Stripe origin enters the content security policy.
 */
@Named
@ApplicationScoped
public class StripeElements implements ThirdPartyOrigins {

  static final String SCRIPT_ORIGIN = "https://js.stripe.com";
  static final String API_ORIGIN = "https://api.stripe.com";

  private final Optional<String> publishableKey =
      ConfigProvider.getConfig()
          .getOptionalValue("stripe.publishable.key", String.class)
          .map(String::strip)
          .filter(key -> !key.isEmpty());

  public boolean isEnabled() {
    return publishableKey.isPresent();
  }

  public String getPublishableKey() {
    return publishableKey.orElse(null);
  }

  @Override
  public Map<String, List<String>> byDirective() {
    if (!isEnabled()) {
      return Map.of();
    }
    return Map.of(
        "script-src", List.of(SCRIPT_ORIGIN),
        "frame-src", List.of(SCRIPT_ORIGIN, "https://hooks.stripe.com"),
        "connect-src", List.of(API_ORIGIN));
  }
}
