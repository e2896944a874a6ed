package org.meridianshop.customer.api;

import java.time.Instant;
import java.util.Set;
import org.meridianshop.customer.Account;

/** An account as the API shows it to its owner. */
public record UserView(
    String id,
    String email,
    String firstName,
    String lastName,
    String phone,
    boolean emailVerified,
    Set<String> roles,
    Instant lastLoginAt) {

  static UserView of(Account account) {
    var profile = account.profile();
    return new UserView(
        account.id(),
        account.email(),
        profile.firstName(),
        profile.lastName(),
        profile.phone(),
        account.emailVerified(),
        account.roles(),
        account.lastLoginAt());
  }
}
