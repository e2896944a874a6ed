package org.meridianshop.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeSettingsTest {

  @Test
  void withoutASecretKeyStripeIsNotConfigured() {
    assertThat(StripeSettings.from(Map.of())).isEmpty();
    assertThat(StripeSettings.from(Map.of("STRIPE_SECRET_KEY", " "))).isEmpty();
    assertThat(StripeSettings.from(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_1"))).isEmpty();
  }

  @Test
  void everySettingIsReadFromItsVariable() {
    var settings =
        StripeSettings.from(
                Map.of(
                    "STRIPE_SECRET_KEY", "sk_test_123",
                    "STRIPE_PUBLISHABLE_KEY", "pk_test_123",
                    "STRIPE_WEBHOOK_SECRET", "whsec_123",
                    "STRIPE_API_BASE", "http://localhost:12111"))
            .orElseThrow();

    assertThat(settings.publishableKey()).isEqualTo("pk_test_123");
    assertThat(settings.webhookSecretIfSet()).contains("whsec_123");
    assertThat(settings.apiBaseIfSet()).contains(URI.create("http://localhost:12111"));
    assertThat(settings.testMode()).isTrue();
  }

  @Test
  void optionalSettingsMayBeLeftOut() {
    var settings = StripeSettings.from(Map.of("STRIPE_SECRET_KEY", "sk_live_123")).orElseThrow();

    assertThat(settings.webhookSecretIfSet()).isEmpty();
    assertThat(settings.apiBaseIfSet()).isEmpty();
    assertThat(settings.testMode()).isFalse();
  }

  @Test
  void aKeyThatIsNotASecretKeyIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> StripeSettings.from(Map.of("STRIPE_SECRET_KEY", "pk_live_oops")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pk_live_oops");
  }

  @Test
  void theSecretsNeverShowInTheLog() {
    var logged =
        new StripeSettings("sk_live_secret", "pk_live_public", "whsec_secret", null).toString();

    assertThat(logged).doesNotContain("sk_live_secret").doesNotContain("whsec_secret");
    assertThat(logged).contains("live").contains("pk_live_public");
  }
}
