package org.meridianshop.payment;

/**
 * The payment provider could not be reached or answered with a server error, even after retries.
 * Nothing is known to have happened: the same call, with the same idempotency key, can be made
 * again.
 */
public class GatewayUnavailableException extends RuntimeException {

  public GatewayUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
