package org.meridianshop.payment.stripe;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the shop reaches its Stripe account, read from the environment. The secret key alone turns
 * Stripe on; the webhook secret turns on the webhook endpoint; the API base is only changed to
 * point the shop at an emulator. The secrets never appear in {@link #toString()}, so logging the
 * settings leaks nothing.
 *
 * @param secretKey {@code sk_test_…} or {@code sk_live_…} (or a restricted {@code rk_…} key)
 * @param publishableKey {@code pk_…}, for Stripe.js in the storefront's pages; may be null
 * @param webhookSecret {@code whsec_…}, which signs the events Stripe posts; may be null
 * @param apiBase where Stripe's API is, when it is not Stripe's own address; may be null
 */
public record StripeSettings(
    String secretKey, String publishableKey, String webhookSecret, URI apiBase) {

  public StripeSettings {
    if (secretKey == null || secretKey.isBlank()) {
      throw new IllegalArgumentException("STRIPE_SECRET_KEY is empty");
    }
    if (!secretKey.startsWith("sk_") && !secretKey.startsWith("rk_")) {
      // the value itself is never repeated: it may be a live secret pasted in the wrong place
      throw new IllegalArgumentException("STRIPE_SECRET_KEY must start with sk_ or rk_");
    }
    publishableKey = blankAsNull(publishableKey);
    webhookSecret = blankAsNull(webhookSecret);
  }

  /** Stripe's settings in the process environment, or nothing when Stripe is not configured. */
  public static Optional<StripeSettings> fromEnvironment() {
    return from(System.getenv());
  }

  /** Stripe's settings in these environment variables, or nothing without a secret key. */
  static Optional<StripeSettings> from(Map<String, String> environment) {
    var secretKey = blankAsNull(environment.get("STRIPE_SECRET_KEY"));
    if (secretKey == null) {
      return Optional.empty();
    }
    var apiBase = blankAsNull(environment.get("STRIPE_API_BASE"));
    return Optional.of(
        new StripeSettings(
            secretKey,
            environment.get("STRIPE_PUBLISHABLE_KEY"),
            environment.get("STRIPE_WEBHOOK_SECRET"),
            apiBase == null ? null : URI.create(apiBase)));
  }

  public Optional<String> webhookSecretIfSet() {
    return Optional.ofNullable(webhookSecret);
  }

  public Optional<URI> apiBaseIfSet() {
    return Optional.ofNullable(apiBase);
  }

  /** Whether these are test-mode keys, which move no real money. */
  public boolean testMode() {
    return secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_");
  }

  @Override
  public String toString() {
    return "StripeSettings[mode=%s, publishableKey=%s, webhookSecret=%s, apiBase=%s]"
        .formatted(
            testMode() ? "test" : "live",
            publishableKey == null ? "unset" : publishableKey,
            webhookSecret == null ? "unset" : "set",
            apiBase == null ? "Stripe" : apiBase);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
