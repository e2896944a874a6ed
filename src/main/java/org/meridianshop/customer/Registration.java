package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.customer.LoginSessions.SignedIn;
import org.meridianshop.customer.OneTimeToken.Purpose;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.events.Outbox;
import org.meridianshop.platform.persistence.Transactions;

/**
 * Opens accounts: checks the request, hashes the password (outside the transaction: it is the slow
 * part), then stores the account, its verification token, its first login session and {@code
 * user.registered} in one transaction.
 */
@ApplicationScoped
public class Registration {

  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject LoginSessions sessions;
  @Inject PasswordHashing hashing;
  @Inject Outbox outbox;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  public SignedIn register(NewAccount request, Channel channel) {
    var valid = request.validated();
    // before the slow hashing, so that a taken email is refused at once
    transactions.required(
        () -> {
          refuseTaken(valid.email());
          return null;
        });
    var hash = hashing.hash(valid.password());
    return transactions.required(
        () -> {
          refuseTaken(valid.email());
          var now = clock.instant();
          var account = Account.customer(valid.email(), hash, valid.profile(), now);
          accounts.add(account);
          var verification = tokens.issue(account, Purpose.EMAIL_VERIFICATION, now);
          outbox.record(
              new UserRegistered(
                  account.id(),
                  account.email(),
                  valid.profile().firstName(),
                  valid.profile().lastName(),
                  verification.token(),
                  verification.expiresAt()));
          return sessions.open(account, channel);
        });
  }

  private void refuseTaken(EmailAddress email) {
    if (accounts.withEmail(email).isPresent()) {
      throw new ConflictException("An account with this email already exists.");
    }
  }
}
