package org.meridianshop.notification;

/**
 * A channel could not deliver a notification. Permanent: the provider refused it (a bad address, a
 * rejected request), so trying again would not help. Otherwise the provider was down or slow and a
 * later attempt may succeed.
 */
public class DeliveryFailedException extends RuntimeException {

  private final boolean permanent;

  public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
