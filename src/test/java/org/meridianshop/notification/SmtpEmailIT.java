package org.meridianshop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.PublishedEvents;
import org.meridianshop.testing.RunningShop;

/**
 * Email through a real SMTP server (the production wiring): packed as mail readers expect, sent
 * from the configured address, and announced with {@code notification.sent}.
 */
@ExtendWith(RunningShop.class)
class SmtpEmailIT {

  @Test
  void anEmailIsPlainTextAndHtmlAlternativesFromTheConfiguredSender() {
    var email = PageClient.uniqueEmail("smtp");
    NotificationEmailIT.register(email);

    var welcome = Mailboxes.await(email, m -> m.subject().startsWith("Welcome"));

    assertThat(welcome.from()).isEqualTo("Meridian Shop <shop@meridian.test>");
    assertThat(welcome.structure())
        .startsWith("multipart/alternative")
        .containsSubsequence("text/plain; charset=UTF-8", "text/html; charset=UTF-8");
  }

  @Test
  void eachDeliveryIsAnnouncedAsNotificationSent() {
    var email = PageClient.uniqueEmail("announced");
    NotificationEmailIT.register(email);

    var sent =
        PublishedEvents.await("notification.sent", e -> email.equals(e.getString("recipient")));

    assertThat(sent.getString("causeEventName")).isEqualTo("user.registered");
    assertThat(sent.getString("channel")).isEqualTo("email");
    assertThat(sent.getString("template")).isEqualTo("welcome_email");
    assertThat(sent.getInt("attempts")).isEqualTo(1);
  }
}
