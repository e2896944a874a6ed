package org.meridianshop.customer.api;

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
    Set<String> roles) {

  static UserView of(Account account) {
    var profile = account.profile();
    return new UserView(
        account.id(),
        account.email(),
        profile.firstName(),
        profile.lastName(),
        profile.phone(),
        account.emailVerified(),
        account.roles());
  }
}
