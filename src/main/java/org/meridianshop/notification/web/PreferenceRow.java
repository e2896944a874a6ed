package org.meridianshop.notification.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.meridianshop.notification.Channel;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationPreferences.Choice;

/**
 * One kind of notification on the account's settings page: its name, and a checkbox for each
 * channel the shop sends it on. The form's checkboxes write into the row; the choice sent back
 * names only the channels the customer may change.
 */
public class PreferenceRow {

  private final NotificationKind kind;
  private boolean email;
  private boolean sms;
  private boolean push;

  private PreferenceRow(NotificationKind kind, Map<Channel, Boolean> channels) {
    this.kind = kind;
    this.email = channels.getOrDefault(Channel.EMAIL, true);
    this.sms = channels.getOrDefault(Channel.SMS, true);
    this.push = channels.getOrDefault(Channel.PUSH, true);
  }

  static PreferenceRow of(Choice choice) {
    return new PreferenceRow(choice.kind(), choice.channels());
  }

  Choice choice() {
    var channels = new EnumMap<Channel, Boolean>(Channel.class);
    put(channels, Channel.EMAIL, email);
    put(channels, Channel.SMS, sms);
    put(channels, Channel.PUSH, push);
    return new Choice(kind, channels);
  }

  private void put(Map<Channel, Boolean> channels, Channel channel, boolean wanted) {
    if (kind.sentOn(channel) && kind.optionalOn(channel)) {
      channels.put(channel, wanted);
    }
  }

  /** The kind as the page names it, such as "Order shipped". */
  public String getLabel() {
    return switch (kind) {
      case WELCOME_EMAIL -> "Welcome";
      case EMAIL_VERIFICATION -> "Email address confirmation";
      case PASSWORD_RESET -> "Password reset";
      case ORDER_CONFIRMATION -> "Order received";
      case PAYMENT_RECEIPT -> "Payment receipt";
      case SHIPMENT_NOTIFICATION -> "Order shipped";
      case DELIVERY_CONFIRMATION -> "Order delivered";
      case ORDER_CANCELLED -> "Order cancelled";
      case PAYMENT_REFUNDED -> "Refund";
      case LOW_STOCK_ALERT -> "Low stock (administrators)";
    };
  }

  public String getKind() {
    return kind.template();
  }

  /** Whether the shop sends this kind on the channel (EMAIL, SMS or PUSH) at all. */
  public boolean sentOn(String channel) {
    return kind.sentOn(Channel.valueOf(channel.toUpperCase(Locale.ROOT)));
  }

  /** Transactional email is always sent: its checkbox is shown ticked and cannot change. */
  public boolean isEmailLocked() {
    return !kind.optionalOn(Channel.EMAIL);
  }

  public boolean isEmail() {
    return email || isEmailLocked();
  }

  public void setEmail(boolean email) {
    this.email = email;
  }

  public boolean isSms() {
    return sms;
  }

  public void setSms(boolean sms) {
    this.sms = sms;
  }

  public boolean isPush() {
    return push;
  }

  public void setPush(boolean push) {
    this.push = push;
  }
}
