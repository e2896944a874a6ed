package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.customer.AccountLinks;
import org.meridianshop.customer.PasswordResetRequested;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Sends the link that resets a forgotten password. */
@ApplicationScoped
public class PasswordResetEmail implements EventHandler<PasswordResetRequested> {

  @Inject Notifications notifications;
  @Inject AccountLinks links;

  @Override
  public String consumer() {
    return "notification-password-reset-email";
  }

  @Override
  public Class<PasswordResetRequested> eventType() {
    return PasswordResetRequested.class;
  }

  @Override
  public void handle(PasswordResetRequested event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.PASSWORD_RESET,
        new Recipient(event.userId(), event.email()),
        Map.of(
            "firstName", event.firstName(),
            "link", links.passwordReset(event.resetToken()),
            "expiresAt", MessageValues.time(event.resetExpiresAt())));
  }
}
