package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.meridianshop.customer.OneTimeToken.Purpose;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.TooManyAttemptsException;
import org.meridianshop.platform.events.Outbox;
import org.meridianshop.platform.ratelimit.RateLimit;
import org.meridianshop.platform.ratelimit.RateLimiter;

/**
 * Confirms that an account's owner reads its mailbox, through the link sent at registration or a
 * new one sent on request (at most three per 15 minutes; earlier links stay good until they
 * expire).
 */
@ApplicationScoped
public class EmailVerification {

  static final RateLimit RESENDS = new RateLimit("verification-resend", 3, Duration.ofMinutes(15));

  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject RateLimiter limiter;
  @Inject Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public void verify(String token) {
    tokens.redeem(token, Purpose.EMAIL_VERIFICATION, "token", clock.instant()).verifyEmail();
  }

  @Transactional
  public void resend(String accountId) {
    var account = accounts.signedIn(accountId);
    if (account.emailVerified()) {
      throw new ConflictException("Your email address is already verified.");
    }
    var wait = limiter.blockedFor(RESENDS, accountId);
    if (!wait.isZero()) {
      throw new TooManyAttemptsException("We sent several links just now; check your inbox.", wait);
    }
    limiter.record(RESENDS, accountId);
    var verification = tokens.issue(account, Purpose.EMAIL_VERIFICATION, clock.instant());
    outbox.record(
        new EmailVerificationRequested(
            account.id(),
            account.email(),
            account.profile().firstName(),
            verification.token(),
            verification.expiresAt()));
  }
}
