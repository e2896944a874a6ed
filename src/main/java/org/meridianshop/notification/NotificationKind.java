package org.meridianshop.notification;

import java.util.Locale;

/**
 * What a notification is about. Each kind has its template (named after the kind, e.g. {@code
 * password_reset}) and its priority.
 */
public enum NotificationKind {
  WELCOME_EMAIL(Priority.MEDIUM),
  EMAIL_VERIFICATION(Priority.HIGH),
  PASSWORD_RESET(Priority.CRITICAL),
  ORDER_CONFIRMATION(Priority.HIGH),
  PAYMENT_RECEIPT(Priority.CRITICAL),
  SHIPMENT_NOTIFICATION(Priority.HIGH),
  DELIVERY_CONFIRMATION(Priority.MEDIUM),
  ORDER_CANCELLED(Priority.HIGH),
  PAYMENT_REFUNDED(Priority.CRITICAL),
  LOW_STOCK_ALERT(Priority.HIGH);

  private final Priority priority;

  NotificationKind(Priority priority) {
    this.priority = priority;
  }

  public Priority priority() {
    return priority;
  }

  /** The template's name, which is also how history and the console name the kind. */
  public String template() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NotificationKind ofTemplate(String template) {
    return valueOf(template.toUpperCase(Locale.ROOT));
  }
}
