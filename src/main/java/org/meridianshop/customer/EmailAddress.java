package org.meridianshop.customer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as the shop keeps it: trimmed and in lower case, so one mailbox is one account.
 * The check is deliberately plain (something@domain.tld): the verification link is the real test.
 */
public record EmailAddress(String value) {

  private static final int MAX_LENGTH = 254;
  private static final Pattern PLAUSIBLE =
      Pattern.compile(
          "^[^@\\s\"<>()\\[\\],;:\\\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}$");

  /** The address if the text is a plausible one. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var normalized = text.trim().toLowerCase(Locale.ROOT);
    if (normalized.length() > MAX_LENGTH || !PLAUSIBLE.matcher(normalized).matches()) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(normalized));
  }

  @Override
  public String toString() {
    return value;
  }
}
