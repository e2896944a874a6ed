package org.meridianshop.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.security.Roles;

/**
 * Makes sure the shop has its first administrator, {@code ADMIN_EMAIL}. With {@code ADMIN_PASSWORD}
 * set, that is the administrator's password (setting it again resets it, a way back in for an
 * operator locked out); without it, the first start makes one up and writes it to the log, once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "admin.email", defaultValue = "admin@shop.local")
  String email;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> configuredPassword;

  @Inject Accounts accounts;
  @Inject PasswordHashing hashing;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void ensure() {
    var address =
        EmailAddress.parse(email)
            .orElseThrow(() -> new IllegalStateException("ADMIN_EMAIL is not an email: " + email));
    var password = configuredPassword.filter(p -> !p.isBlank());
    var existing = transactions.required(() -> accounts.withEmail(address));
    if (existing.isEmpty()) {
      var chosen = password.orElseGet(FirstAdministrator::generated);
      var hash = hashing.hash(chosen);
      transactions.required(
          () -> {
            accounts.add(Account.administrator(address, hash, clock.instant()));
            return null;
          });
      if (password.isEmpty()) {
        LOG.warning(
            () ->
                "The first administrator is "
                    + address
                    + " with the generated password "
                    + chosen
                    + " (shown this once: change it after signing in, or set ADMIN_PASSWORD)");
      }
    } else if (password.isPresent()
        && !hashing.matches(password.get(), existing.get().passwordHash())) {
      var hash = hashing.hash(password.get());
      transactions.required(
          () -> {
            var admin = accounts.withEmail(address).orElseThrow();
            admin.changePassword(hash, clock.instant());
            admin.grant(Roles.ADMIN);
            return null;
          });
      LOG.info(() -> "The password of " + address + " was set from ADMIN_PASSWORD");
    }
  }

  private static String generated() {
    var bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
