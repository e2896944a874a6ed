package org.meridianshop.notification;

import java.time.Instant;
import java.util.Locale;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * A notification reached its channel's provider (the SMTP server or the local mailbox). {@code
 * causeEventId} is the event it was sent for.
 */
@EventName("notification.sent")
public record NotificationSent(
    String notificationId,
    String causeEventId,
    String causeEventName,
    String accountId,
    String channel,
    String template,
    String recipient,
    int attempts,
    Instant sentAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return notificationId;
  }

  static NotificationSent of(Notification notification) {
    return new NotificationSent(
        notification.id().toString(),
        notification.eventId(),
        notification.eventName(),
        notification.accountId().orElse(null),
        notification.channel().name().toLowerCase(Locale.ROOT),
        notification.kind().template(),
        notification.recipient(),
        notification.attempts(),
        notification.sentAt().orElseThrow());
  }
}
