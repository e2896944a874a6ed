package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.customer.AccountLinks;
import org.meridianshop.customer.EmailVerificationRequested;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Sends the new email confirmation link a customer asked for. */
@ApplicationScoped
public class VerificationEmail implements EventHandler<EmailVerificationRequested> {

  @Inject Notifications notifications;
  @Inject AccountLinks links;

  @Override
  public String consumer() {
    return "notification-verification-email";
  }

  @Override
  public Class<EmailVerificationRequested> eventType() {
    return EmailVerificationRequested.class;
  }

  @Override
  public void handle(EmailVerificationRequested event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.EMAIL_VERIFICATION,
        new Recipient(event.userId(), event.email()),
        Map.of(
            "firstName", event.firstName(),
            "link", links.emailVerification(event.verificationToken()),
            "expiresAt", MessageValues.time(event.verificationExpiresAt())));
  }
}
