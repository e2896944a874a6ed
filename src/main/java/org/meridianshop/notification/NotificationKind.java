package org.meridianshop.notification;

import java.util.Locale;

/**
 * What a notification is about. Each kind has its template (named after the kind, e.g. {@code
 * password_reset}) and its priority.
 */
public enum NotificationKind {
  WELCOME_EMAIL(Priority.MEDIUM, true),
  EMAIL_VERIFICATION(Priority.HIGH, true),
  PASSWORD_RESET(Priority.CRITICAL, true),
  ORDER_CONFIRMATION(Priority.HIGH, true),
  PAYMENT_RECEIPT(Priority.CRITICAL, true),
  SHIPMENT_NOTIFICATION(Priority.HIGH, true),
  DELIVERY_CONFIRMATION(Priority.MEDIUM, false),
  ORDER_CANCELLED(Priority.HIGH, true),
  PAYMENT_REFUNDED(Priority.CRITICAL, true),
  LOW_STOCK_ALERT(Priority.HIGH, true);

  private final Priority priority;
  private final boolean transactional;

  NotificationKind(Priority priority, boolean transactional) {
    this.priority = priority;
    this.transactional = transactional;
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
