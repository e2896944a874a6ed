package org.meridianshop.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridianshop.customer.OneTimeToken.Purpose;

class OneTimeTokenTest {

  private static final Instant ISSUED = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aTokenIsGoodOnce() {
    var token = new OneTimeToken("hash", UUID.randomUUID(), Purpose.PASSWORD_RESET, ISSUED);
    assertThat(token.redeem(Purpose.PASSWORD_RESET, ISSUED.plusSeconds(60))).isTrue();
    assertThat(token.redeem(Purpose.PASSWORD_RESET, ISSUED.plusSeconds(61))).isFalse();
  }

  @Test
  void aResetLinkLastsAnHourAndAVerificationLinkADay() {
    var reset = new OneTimeToken("a", UUID.randomUUID(), Purpose.PASSWORD_RESET, ISSUED);
    assertThat(reset.redeem(Purpose.PASSWORD_RESET, ISSUED.plus(Duration.ofHours(1)))).isFalse();
    var verification = new OneTimeToken("b", UUID.randomUUID(), Purpose.EMAIL_VERIFICATION, ISSUED);
    assertThat(
            verification.redeem(
                Purpose.EMAIL_VERIFICATION, ISSUED.plus(Duration.ofHours(24)).minusSeconds(1)))
        .isTrue();
  }

  @Test
  void aTokenForOneThingDoesNotDoAnother() {
    var verification = new OneTimeToken("c", UUID.randomUUID(), Purpose.EMAIL_VERIFICATION, ISSUED);
    assertThat(verification.redeem(Purpose.PASSWORD_RESET, ISSUED)).isFalse();
    assertThat(verification.redeem(Purpose.EMAIL_VERIFICATION, ISSUED)).isTrue();
  }
}
