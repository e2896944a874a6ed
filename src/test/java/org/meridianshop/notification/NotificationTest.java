package org.meridianshop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.BusinessRuleException;

class NotificationTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final DeliveryRetries RETRIES =
      new DeliveryRetries(4, Duration.ofSeconds(10), Duration.ofSeconds(30));

  private final Notification notification =
      new Notification(
          "event-1",
          "user.password-reset-requested",
          "account-1",
          Channel.EMAIL,
          NotificationKind.PASSWORD_RESET,
          "ada@example.com",
          new RenderedMessage("Reset", "text", "<p>html</p>"),
          Map.of(),
          NOW);

  @Test
  void aNewNotificationIsDueAtOnceWithItsKindsPriority() {
    assertThat(notification.status()).isEqualTo(NotificationStatus.QUEUED);
    assertThat(notification.nextAttemptAt()).isEqualTo(NOW);
    assertThat(notification.priority()).isEqualTo(Priority.CRITICAL);
    assertThat(notification.attempts()).isZero();
  }

  @Test
  void aPassingFailureIsTriedAgainAfterADoublingPause() {
    notification.claim(NOW, Duration.ofMinutes(2));
    notification.failed("SMTP server not reached", false, RETRIES, NOW);

    assertThat(notification.status()).isEqualTo(NotificationStatus.QUEUED);
    assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(notification.lastError()).contains("SMTP server not reached");

    notification.failed("again", false, RETRIES, NOW);
    assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(20));
    notification.failed("again", false, RETRIES, NOW);
    assertThat(notification.nextAttemptAt()).as("capped").isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void itFailsForGoodWhenTheAttemptsAreUsedUp() {
    for (int i = 0; i < 4; i++) {
      notification.failed("down", false, RETRIES, NOW);
    }

    assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(notification.attempts()).isEqualTo(4);
  }

  @Test
  void aRefusalFailsAtOnce() {
    notification.failed("550 no such user", true, RETRIES, NOW);

    assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(notification.lastError()).contains("550 no such user");
  }

  @Test
  void aDeliveryClearsTheErrorAndCountsTheAttempt() {
    notification.failed("down", false, RETRIES, NOW);
    notification.delivered(NOW.plusSeconds(12));

    assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(notification.attempts()).isEqualTo(2);
    assertThat(notification.lastError()).isEmpty();
    assertThat(notification.sentAt()).contains(NOW.plusSeconds(12));
  }

  @Test
  void resendingQueuesItAgainButNotWhileItIsBeingSent() {
    notification.delivered(NOW);
    notification.resend(NOW.plusSeconds(60));
    assertThat(notification.status()).isEqualTo(NotificationStatus.QUEUED);
    assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));

    notification.claim(NOW.plusSeconds(61), Duration.ofMinutes(2));
    assertThatThrownBy(() -> notification.resend(NOW.plusSeconds(62)))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void longErrorsAreCutToFitTheHistory() {
    notification.failed("x".repeat(5000), true, RETRIES, NOW);

    assertThat(notification.lastError().orElseThrow()).hasSize(1000);
  }
}
