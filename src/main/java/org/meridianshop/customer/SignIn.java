package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.customer.LoginSessions.SignedIn;
import org.meridianshop.platform.errors.NotAuthenticatedException;
import org.meridianshop.platform.errors.TooManyAttemptsException;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.ratelimit.RateLimit;
import org.meridianshop.platform.ratelimit.RateLimiter;

/**
 * Signs callers in with email and password. Five failed attempts within 15 minutes, for one account
 * or from one client address, block further attempts until the oldest leaves the window. A wrong
 * email and a wrong password get the same answer in about the same time.
 */
@ApplicationScoped
public class SignIn {

  static final RateLimit FAILURES_PER_ACCOUNT =
      new RateLimit("login-failures-account", 5, Duration.ofMinutes(15));
  static final RateLimit FAILURES_PER_ADDRESS =
      new RateLimit("login-failures-address", 5, Duration.ofMinutes(15));

  @Inject Accounts accounts;
  @Inject LoginSessions sessions;
  @Inject PasswordHashing hashing;
  @Inject RateLimiter limiter;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  public SignedIn signIn(String email, String password, String clientAddress, Channel channel) {
    var accountKey = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    refuseIfBlocked(accountKey, clientAddress);
    var account =
        transactions.required(() -> EmailAddress.parse(email).flatMap(accounts::withEmail));
    var given = password == null ? "" : password;
    var matches =
        account.isPresent()
            ? hashing.matches(given, account.get().passwordHash())
            : hashing.matchesNoAccount(given);
    if (!matches) {
      limiter.record(FAILURES_PER_ACCOUNT, accountKey);
      limiter.record(FAILURES_PER_ADDRESS, clientAddress);
      throw new NotAuthenticatedException("The email or password is wrong.");
    }
    limiter.clear(FAILURES_PER_ACCOUNT, accountKey);
    return transactions.required(
        () -> {
          var current = accounts.find(account.get().uuid()).orElseThrow();
          current.recordLogin(clock.instant());
          return sessions.open(current, channel);
        });
  }

  /** Counts a failed proof of the password outside sign-in, such as on a password change. */
  void recordFailure(Account account) {
    limiter.record(FAILURES_PER_ACCOUNT, account.email());
  }

  /** A 429 while the account has used up its failed attempts. */
  void refuseIfBlocked(Account account) {
    refuseWhile(limiter.blockedFor(FAILURES_PER_ACCOUNT, account.email()));
  }

  private void refuseIfBlocked(String accountKey, String clientAddress) {
    refuseWhile(
        max(
            limiter.blockedFor(FAILURES_PER_ACCOUNT, accountKey),
            limiter.blockedFor(FAILURES_PER_ADDRESS, clientAddress)));
  }

  private static void refuseWhile(Duration wait) {
    if (!wait.isZero()) {
      throw new TooManyAttemptsException(
          "Too many failed sign-ins. Try again in " + minutes(wait) + ".", wait);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String minutes(Duration wait) {
    var minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }
}
