package org.meridianshop.platform.errors;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisTimeoutException;

/**
 * Tells a failure that only means a server the shop depends on (its database, Redis) could not be
 * reached or did not answer in time from a bug: the request itself was fine and can be made again
 * shortly (a 503), where a bug is a 500. It is looked for along the whole cause chain, since the
 * persistence, transaction and interceptor layers each wrap it.
 */
public final class DependencyOutage {

  /** The SQL standard's class of states for connection exceptions (08001, 08006, ...). */
  private static final String CONNECTION_EXCEPTION = "08";

  private DependencyOutage() {}

  /** The dependency that was out, such as "database", if that is all the failure says. */
  public static Optional<String> of(Throwable failure) {
    for (var cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SQLTransientConnectionException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith(CONNECTION_EXCEPTION))) {
        return Optional.of("database");
      }
      if (cause instanceof RedisConnectionException
          || cause instanceof RedisTimeoutException
          || (cause instanceof RedisException && lostConnection(cause))) {
        return Optional.of("Redis");
      }
    }
    return Optional.empty();
  }

  /** A command cut short by its connection closing (Redisson says "unexpected exception"). */
  private static boolean lostConnection(Throwable failure) {
    for (var cause = next(failure); cause != null; cause = next(cause)) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable failure) {
    return failure.getCause() == failure ? null : failure.getCause();
  }
}
