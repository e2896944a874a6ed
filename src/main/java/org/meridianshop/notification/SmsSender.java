package org.meridianshop.notification;

/**
 * Where the shop's text messages go (Twilio when {@code TWILIO_*} is set; with nothing set the shop
 * sends no SMS). Sending hands the message over or throws {@link DeliveryFailedException} saying
 * whether trying again may help.
 */
public interface SmsSender {

  void send(String phoneNumber, String text);

  /** Where text messages go, for the log. */
  String description();
}
