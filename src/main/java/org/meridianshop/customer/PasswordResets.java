package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.meridianshop.customer.OneTimeToken.Purpose;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.TooManyAttemptsException;
import org.meridianshop.platform.events.Outbox;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.ratelimit.RateLimit;
import org.meridianshop.platform.ratelimit.RateLimiter;

/**
 * Forgotten passwords. Asking for a reset answers the same whether or not the email has an account
 * (only the account's owner hears more, by email); the link is good once, for an hour, and using it
 * signs the account out everywhere.
 */
@ApplicationScoped
public class PasswordResets {

  static final RateLimit REQUESTS_PER_EMAIL =
      new RateLimit("password-reset-email", 3, Duration.ofMinutes(15));
  static final RateLimit REQUESTS_PER_ADDRESS =
      new RateLimit("password-reset-address", 10, Duration.ofMinutes(15));

  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject LoginSessions sessions;
  @Inject PasswordHashing hashing;
  @Inject RateLimiter limiter;
  @Inject Outbox outbox;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  public void request(String email, String clientAddress) {
    var key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    var wait = limiter.blockedFor(REQUESTS_PER_EMAIL, key);
    if (wait.isZero()) {
      wait = limiter.blockedFor(REQUESTS_PER_ADDRESS, clientAddress);
    }
    if (!wait.isZero()) {
      throw new TooManyAttemptsException("Too many reset requests; try again later.", wait);
    }
    limiter.record(REQUESTS_PER_EMAIL, key);
    limiter.record(REQUESTS_PER_ADDRESS, clientAddress);
    var address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      throw new InvalidInputException("email", "Give a valid email address.");
    }
    transactions.required(
        () -> {
          accounts.withEmail(address.get()).ifPresent(this::sendLink);
          return null;
        });
  }

  public void confirm(String token, String newPassword) {
    PasswordPolicy.require(newPassword, "newPassword");
    var hash = hashing.hash(newPassword);
    transactions.required(
        () -> {
          var now = clock.instant();
          var account = tokens.redeem(token, Purpose.PASSWORD_RESET, "token", now);
          account.changePassword(hash, now);
          // whoever followed the link reads the mailbox
          account.verifyEmail();
          sessions.endAllOf(account, Optional.empty(), "password reset");
          return null;
        });
  }

  private void sendLink(Account account) {
    var reset = tokens.issue(account, Purpose.PASSWORD_RESET, clock.instant());
    outbox.record(
        new PasswordResetRequested(
            account.id(),
            account.email(),
            account.profile().firstName(),
            reset.token(),
            reset.expiresAt()));
  }
}
