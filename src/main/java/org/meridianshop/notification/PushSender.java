package org.meridianshop.notification;

import java.util.Map;

/**
 * Where the shop's push notifications go (Firebase Cloud Messaging when {@code FCM_*} is set; with
 * nothing set the shop pushes nothing). Sending hands the message to one device or throws {@link
 * DeliveryFailedException} saying whether trying again may help, or {@link DeviceGoneException}
 * when the device no longer takes messages.
 */
public interface PushSender {

  void send(String deviceToken, PushMessage message);

  /** Where push notifications go, for the log. */
  String description();

  /** What a device shows (title and body) and what the app reads (data). */
  record PushMessage(String title, String body, Map<String, String> data) {}
}
