package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.meridianshop.customer.OneTimeToken.Purpose;

/** Confirms that an account's owner reads its mailbox, through the link sent at registration. */
@ApplicationScoped
public class EmailVerification {

  @Inject OneTimeTokens tokens;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public void verify(String token) {
    tokens.redeem(token, Purpose.EMAIL_VERIFICATION, "token", clock.instant()).verifyEmail();
  }
}
