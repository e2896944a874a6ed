package org.meridianshop.platform.errors;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Tells a change that lost the race with another change to the same row (the row's version moved on
 * between reading and writing) from a bug: reading again and retrying is all it takes, so the
 * caller gets a 409, not a 500. Looked for along the whole cause chain, since the transaction and
 * interceptor layers wrap it.
 */
public final class LostUpdate {

  private LostUpdate() {}

  public static boolean causedBy(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
