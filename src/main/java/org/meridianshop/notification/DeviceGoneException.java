package org.meridianshop.notification;

/**
 * The push provider no longer knows the device (the app was uninstalled, or its token replaced): a
 * permanent failure, and the token should be forgotten.
 */
public class DeviceGoneException extends DeliveryFailedException {

  public DeviceGoneException(String message) {
    super(message, true, null);
  }
}
