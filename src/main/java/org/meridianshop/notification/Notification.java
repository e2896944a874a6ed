package org.meridianshop.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.BusinessRuleException;

/**
 * One message to one recipient on one channel, caused by one event, and its delivery history. It
 * owns its life: queued, claimed by a delivery worker for a while, then sent, queued again for a
 * later attempt, or failed for good.
 */
@Entity
public class Notification {

  private static final int MAX_ERROR = 1000;

  @Id private UUID id;
  private String eventId;
  private String eventName;
  private String accountId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String template;
  private String recipient;
  private int priority;

  @Enumerated(EnumType.STRING)
  private NotificationStatus status;

  private int attempts;
  private String lastError;
  private String subject;
  private String textBody;
  private String htmlBody;
  private String pushData;
  private Instant createdAt;
  private Instant nextAttemptAt;
  private Instant claimedUntil;
  private Instant sentAt;
  private Instant updatedAt;
  @Version private long version;

  protected Notification() {}

  Notification(
      String eventId,
      String eventName,
      String accountId,
      Channel channel,
      NotificationKind kind,
      String recipient,
      RenderedMessage message,
      Map<String, String> pushData,
      Instant now) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.eventName = eventName;
    this.accountId = accountId;
    this.channel = channel;
    this.template = kind.template();
    this.recipient = recipient;
    this.priority = kind.priority().rank();
    this.status = NotificationStatus.QUEUED;
    this.subject = message.subject();
    this.textBody = message.text();
    this.htmlBody = message.html();
    this.pushData = pushData.isEmpty() ? null : PushData.json(pushData).toString();
    this.createdAt = now;
    this.nextAttemptAt = now;
    this.updatedAt = now;
  }

  /** Takes the notification for one delivery attempt; the claim lapses if the worker dies. */
  void claim(Instant now, Duration hold) {
    this.status = NotificationStatus.SENDING;
    this.claimedUntil = now.plus(hold);
    this.updatedAt = now;
  }

  void delivered(Instant now) {
    this.attempts++;
    this.status = NotificationStatus.SENT;
    this.sentAt = now;
    this.claimedUntil = null;
    this.lastError = null;
    this.updatedAt = now;
  }

  /**
   * A failed attempt. A transient failure (the provider is down or slow) is tried again after the
   * retry policy's pause, unless the attempts are used up; a permanent one (the provider refused
   * the message) is not.
   */
  void failed(String error, boolean permanent, DeliveryRetries retries, Instant now) {
    this.attempts++;
    this.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    this.claimedUntil = null;
    this.updatedAt = now;
    var nextPause = retries.pauseAfter(attempts);
    if (permanent || nextPause.isEmpty()) {
      this.status = NotificationStatus.FAILED;
    } else {
      this.status = NotificationStatus.QUEUED;
      this.nextAttemptAt = now.plus(nextPause.get());
    }
  }

  /** An admin asks for it again: it is queued at once, whatever happened before. */
  void resend(Instant now) {
    if (status == NotificationStatus.SENDING) {
      throw new BusinessRuleException("This notification is being sent right now.");
    }
    this.status = NotificationStatus.QUEUED;
    this.nextAttemptAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String eventName() {
    return eventName;
  }

  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  public Channel channel() {
    return channel;
  }

  public NotificationKind kind() {
    return NotificationKind.ofTemplate(template);
  }

  public String recipient() {
    return recipient;
  }

  public Priority priority() {
    return Priority.values()[priority];
  }

  public NotificationStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public RenderedMessage message() {
    return new RenderedMessage(subject, textBody, htmlBody);
  }

  /** What a push notification gives the app besides title and body; empty on other channels. */
  public Map<String, String> pushData() {
    return pushData == null ? Map.of() : PushData.fromJson(pushData);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
