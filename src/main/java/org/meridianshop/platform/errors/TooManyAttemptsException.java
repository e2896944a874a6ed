package org.meridianshop.platform.errors;

import java.time.Duration;
import java.util.Optional;

/** The caller tried too often and must wait before trying again (429, with Retry-After). */
public class TooManyAttemptsException extends ShopException {

  private final Duration wait;

  public TooManyAttemptsException(String message, Duration wait) {
    super(message);
    this.wait = wait;
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String title() {
    return "Too many attempts";
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(wait);
  }
}
