package org.meridianshop.notification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a notification is about. Each kind has its template (named after the kind, e.g. {@code
 * password_reset}) and its priority.
 */
public enum NotificationKind {
  WELCOME_EMAIL(Priority.MEDIUM, true),
  EMAIL_VERIFICATION(Priority.HIGH, true),
  PASSWORD_RESET(Priority.CRITICAL, true),
  ORDER_CONFIRMATION(Priority.HIGH, true),
  PAYMENT_RECEIPT(Priority.CRITICAL, true, Channel.PUSH),
  SHIPMENT_NOTIFICATION(Priority.HIGH, true, Channel.SMS, Channel.PUSH),
  DELIVERY_CONFIRMATION(Priority.MEDIUM, false, Channel.PUSH),
  ORDER_CANCELLED(Priority.HIGH, true),
  PAYMENT_REFUNDED(Priority.CRITICAL, true),
  LOW_STOCK_ALERT(Priority.HIGH, true);

  private final Priority priority;
  private final boolean transactional;
  private final Set<Channel> channels;

  /** Every kind is emailed; some also go out on the channels given. */
  NotificationKind(Priority priority, boolean transactional, Channel... alsoOn) {
    this.priority = priority;
    this.transactional = transactional;
    this.channels = EnumSet.of(Channel.EMAIL, alsoOn);
  }

  public Priority priority() {
    return priority;
  }

  /**
   * Whether the email is part of a transaction the customer started (a link they asked for, an
   * order they placed): such email is always sent. Other kinds, and every text message, may be
   * switched off.
   */
  public boolean transactional() {
    return transactional;
  }

  /** Whether the shop sends this kind on the channel at all (when the channel is configured). */
  public boolean sentOn(Channel channel) {
    return channels.contains(channel);
  }

  /** Whether a customer may switch this kind off on the channel. */
  public boolean optionalOn(Channel channel) {
    return !(transactional && channel == Channel.EMAIL);
  }

  /** The template's name, which is also how history and the console name the kind. */
  public String template() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NotificationKind ofTemplate(String template) {
    return valueOf(template.toUpperCase(Locale.ROOT));
  }
}
