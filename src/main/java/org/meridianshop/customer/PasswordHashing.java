package org.meridianshop.customer;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meridianshop.platform.errors.ServiceBusyException;

/**
 * bcrypt with cost 12, on a small pool of its own. One hash costs a core about a quarter of a
 * second, so hashing runs on at most one thread per core with a bounded queue: a burst of logins
 * waits its turn (or is told to come back) instead of taking every request thread from the pages.
 */
@ApplicationScoped
public class PasswordHashing {

  static final int COST = 12;
  private static final int QUEUE = 64;
  private static final long WAIT_SECONDS = 10;
  // passwords over bcrypt's 72 bytes are first hashed with SHA-512, so every character counts
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
  private static final BCrypt.Hasher HASHER =
      BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
  private static final BCrypt.Verifyer VERIFYER =
      BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

  @Resource ManagedThreadFactory threads;

  private ThreadPoolExecutor pool;
  private volatile String decoy;

  @PostConstruct
  void start() {
    var size = Runtime.getRuntime().availableProcessors();
    pool =
        new ThreadPoolExecutor(
            size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE), threads);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  public String hash(String password) {
    return run(() -> HASHER.hashToString(COST, password.toCharArray()));
  }

  public boolean matches(String password, String hash) {
    return run(
        () ->
            VERIFYER.verify(
                    password.getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8))
                .verified);
  }

  /**
   * Spends the time a real check would, for a caller with no account, so that timing does not tell
   * which emails have one. Always false.
   */
  public boolean matchesNoAccount(String password) {
    if (decoy == null) {
      decoy = hash("no account has this password " + System.nanoTime());
    }
    matches(password, decoy);
    return false;
  }

  private <T> T run(Callable<T> work) {
    Future<T> result;
    try {
      result = pool.submit(work);
    } catch (RejectedExecutionException e) {
      throw busy();
    }
    try {
      return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw busy();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ServiceBusyException("The sign-in was interrupted; try again.");
    } catch (ExecutionException e) {
      throw new IllegalStateException("Password hashing failed", e.getCause());
    }
  }

  private static ServiceBusyException busy() {
    return new ServiceBusyException("Too many sign-ins at once; try again in a moment.");
  }
}
