package org.meridianshop.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * What makes a password acceptable, after NIST SP 800-63B: at least 8 characters, at most 128, and
 * not one of the 10,000 most common passwords. No composition rules: they make passwords harder to
 * remember, not to guess.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> refusal(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Choose a password.");
    }
    var length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("Use at least " + MIN_LENGTH + " characters.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("This password is one of the most common ones; choose another.");
    }
    return Optional.empty();
  }

  /** A 400 naming the field when the password is refused. */
  public static void require(String password, String field) {
    refusal(password)
        .ifPresent(
            reason -> {
              throw new InvalidInputException(field, reason);
            });
  }

  private static Set<String> load(String resource) {
    var stream = PasswordPolicy.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("The list of common passwords is missing: " + resource);
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.trim().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
