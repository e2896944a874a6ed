package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.persistence.Transactions;

/** What a signed-in customer changes about their own account: profile and password. */
@ApplicationScoped
public class AccountSettings {

  @Inject Accounts accounts;
  @Inject LoginSessions sessions;
  @Inject PasswordHashing hashing;
  @Inject SignIn signIn;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public Account account(String accountId) {
    return accounts.signedIn(accountId);
  }

  @Transactional
  public Account changeProfile(String accountId, Profile profile) {
    var account = accounts.signedIn(accountId);
    account.changeProfile(profile.validated());
    return account;
  }

  /**
   * Changes the password after checking the current one, and signs the account out of every other
   * browser and app; the session making the change stays signed in.
   */
  public void changePassword(
      String accountId, Optional<UUID> currentSession, String currentPassword, String newPassword) {
    var account = transactions.required(() -> accounts.signedIn(accountId));
    signIn.refuseIfBlocked(account);
    if (currentPassword == null || !hashing.matches(currentPassword, account.passwordHash())) {
      signIn.recordFailure(account);
      throw new InvalidInputException("currentPassword", "This is not your current password.");
    }
    PasswordPolicy.require(newPassword, "newPassword");
    var hash = hashing.hash(newPassword);
    transactions.required(
        () -> {
          var current = accounts.signedIn(accountId);
          current.changePassword(hash, clock.instant());
          sessions.endAllOf(current, currentSession, "password changed");
          return null;
        });
  }
}
