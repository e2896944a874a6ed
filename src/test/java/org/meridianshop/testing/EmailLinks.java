package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The links the shop would email, read from its log (where they go until it sends email): the
 * newest one for an address, waited for, since the log hears of it only once the event is handled.
 * For a shop the tests did not start, give its log with {@code -Dshop.messagesLog=PATH}.
 */
public final class EmailLinks {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private EmailLinks() {}

  public static URI emailVerification(String email) {
    return newest("Email verification link for " + email + ": ");
  }

  public static URI passwordReset(String email) {
    return newest("Password reset link for " + email + ": ");
  }

  private static URI newest(String prefix) {
    var deadline = Instant.now().plus(PATIENCE);
    while (true) {
      var link = find(prefix);
      if (link.isPresent()) {
        return link.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The log has no line with \"" + prefix + "\" after " + PATIENCE);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + prefix, e);
      }
    }
  }

  private static List<String> logLines() {
    var external = System.getProperty("shop.messagesLog");
    if (external == null || external.isBlank()) {
      return RunningShop.server().logLines();
    }
    try {
      return Files.readAllLines(Path.of(external));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<URI> find(String prefix) {
    var lines = logLines();
    for (int i = lines.size() - 1; i >= 0; i--) {
      var at = lines.get(i).indexOf(prefix);
      if (at >= 0) {
        return Optional.of(URI.create(lines.get(i).substring(at + prefix.length()).trim()));
      }
    }
    return Optional.empty();
  }
}
