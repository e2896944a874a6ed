package org.meridianshop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.platform.money.Money;

class PaymentTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void theFirstFinalOutcomeCountsAndLaterNewsChangesNothing() {
    var payment = payment();
    assertThat(payment.settle(Charge.succeeded("pi_1"), NOW)).isTrue();
    assertThat(payment.settle(Charge.failed("pi_1", "declined"), NOW)).isFalse();
    assertThat(payment.settle(Charge.succeeded("pi_1"), NOW)).isFalse();

    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.failureReason()).isNull();
  }

  @Test
  void threeDSecureKeepsThePaymentOpenWithTheSecretUntilItSettles() {
    var payment = payment();
    assertThat(payment.settle(Charge.actionRequired("pi_2", "pi_2_secret_x"), NOW)).isFalse();
    assertThat(payment.status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
    assertThat(payment.clientSecret()).isEqualTo("pi_2_secret_x");
    assertThat(payment.transactionId()).isEqualTo("pi_2");

    assertThat(payment.settle(Charge.failed("pi_2", "authentication failed"), NOW)).isTrue();
    assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(payment.clientSecret()).isNull();
    assertThat(payment.failureReason()).isEqualTo("authentication failed");
  }

  @Test
  void retriesUseOneKeyPerOrderAndPurpose() {
    var payment = payment();
    assertThat(payment.chargeKey()).isEqualTo("order-" + payment.orderId() + "-charge");
    assertThat(payment.refundKey()).isNotEqualTo(payment.chargeKey());
  }

  private static Payment payment() {
    return new Payment(UUID.randomUUID(), "offline", Money.of("12.50", "EUR"), "pm_card_visa", NOW);
  }
}
