package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.customer.AccountLinks;
import org.meridianshop.customer.UserRegistered;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Welcomes a new customer and sends the link that confirms their email. */
@ApplicationScoped
public class WelcomeEmail implements EventHandler<UserRegistered> {

  @Inject Notifications notifications;
  @Inject AccountLinks links;

  @Override
  public String consumer() {
    return "notification-welcome-email";
  }

  @Override
  public Class<UserRegistered> eventType() {
    return UserRegistered.class;
  }

  @Override
  public void handle(UserRegistered event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.WELCOME_EMAIL,
        new Recipient(event.userId(), event.email()),
        Map.of(
            "firstName", event.firstName(),
            "link", links.emailVerification(event.verificationToken()),
            "expiresAt", MessageValues.time(event.verificationExpiresAt())));
  }
}
