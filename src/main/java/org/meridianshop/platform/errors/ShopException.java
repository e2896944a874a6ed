package org.meridianshop.platform.errors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A refusal the caller can act on: bad input, something that does not exist, a conflict or a
 * business rule. The API turns it into an RFC 9457 problem, the pages into a message; it never
 * carries a stack trace to the user.
 */
public abstract class ShopException extends RuntimeException {

  private final List<FieldError> fieldErrors;

  protected ShopException(String message, List<FieldError> fieldErrors) {
    super(message, null, false, false);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  protected ShopException(String message) {
    this(message, List.of());
  }

  /** The HTTP status this refusal stands for. */
  public abstract int status();

  /** A short, stable summary of the kind of problem. */
  public abstract String title();

  /** How long the caller should wait before trying again, when waiting helps. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** One invalid field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
