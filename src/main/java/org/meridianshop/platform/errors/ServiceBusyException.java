package org.meridianshop.platform.errors;

import java.time.Duration;
import java.util.Optional;

/** The shop is too busy for this request right now; it can be retried shortly (503). */
public class ServiceBusyException extends ShopException {

  public ServiceBusyException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String title() {
    return "Service busy";
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(Duration.ofSeconds(1));
  }
}
