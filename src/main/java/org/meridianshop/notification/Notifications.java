package org.meridianshop.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.meridianshop.platform.events.EventEnvelope;

/**
 * What event handlers call to notify someone. The message is rendered now and queued in the
 * handler's transaction, so it exists exactly when the event counts as handled; once that commits
 * the delivery worker is woken to send it. One event sends one recipient one message per channel,
 * however often it is delivered, and nothing the recipient switched off.
 */
@ApplicationScoped
public class Notifications {

  @Inject NotificationQueue queue;
  @Inject NotificationTemplates templates;
  @Inject NotificationDelivery delivery;
  @Inject NotificationSettings settings;
  @Inject NotificationPreferences preferences;
  @Inject UnsubscribeLinks unsubscribeLinks;
  @Inject Devices devices;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Transactional(TxType.MANDATORY)
  public void email(
      EventEnvelope cause, NotificationKind kind, Recipient recipient, Map<String, ?> data) {
    var content = new HashMap<String, Object>(data);
    if (!kind.transactional() && recipient.accountId() != null) {
      content.put("unsubscribeUrl", unsubscribeLinks.link(recipient.accountId(), kind));
    }
    queue(
        cause,
        kind,
        recipient.accountId(),
        Channel.EMAIL,
        recipient.email(),
        templates.render(kind, content),
        Map.of());
  }

  /** A text message to the phone number; nothing when SMS is not configured. */
  @Transactional(TxType.MANDATORY)
  public void sms(
      EventEnvelope cause,
      NotificationKind kind,
      String accountId,
      String phoneNumber,
      Map<String, ?> data) {
    if (settings.sms().isPresent()) {
      queue(
          cause,
          kind,
          accountId,
          Channel.SMS,
          phoneNumber,
          templates.renderSms(kind, data),
          Map.of());
    }
  }

  /**
   * A push notification to each device the account registered; nothing when push is not configured.
   * The app gets the kind and the message's data besides title and body.
   */
  @Transactional(TxType.MANDATORY)
  public void push(
      EventEnvelope cause, NotificationKind kind, String accountId, Map<String, ?> data) {
    if (settings.push().isEmpty() || accountId == null) {
      return;
    }
    var message = templates.renderPush(kind, data);
    var pushData = new TreeMap<String, String>();
    data.forEach((name, value) -> pushData.put(name, String.valueOf(value)));
    pushData.put("kind", kind.template());
    for (var device : devices.of(accountId)) {
      queue(cause, kind, accountId, Channel.PUSH, device.token(), message, pushData);
    }
  }

  private void queue(
      EventEnvelope cause,
      NotificationKind kind,
      String accountId,
      Channel channel,
      String recipient,
      RenderedMessage message,
      Map<String, String> pushData) {
    if (!preferences.wanted(accountId, kind, channel)) {
      return;
    }
    var notification =
        new Notification(
            cause.eventId().toString(),
            cause.type(),
            accountId,
            channel,
            kind,
            recipient,
            message,
            pushData,
            Instant.now());
    if (queue.add(notification)) {
      transactions.registerInterposedSynchronization(new WakeDeliveryAfterCommit(delivery));
    }
  }

  private record WakeDeliveryAfterCommit(NotificationDelivery delivery) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        delivery.wakeUp();
      }
    }
  }
}
