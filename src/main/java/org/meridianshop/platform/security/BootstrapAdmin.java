package org.meridianshop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's first administrator, known before any account exists: {@code ADMIN_EMAIL} and {@code
 * ADMIN_PASSWORD}, or, when no password is configured, one generated at start and written once to
 * the log. Until customer accounts exist this is the only identity the shop knows.
 */
@ApplicationScoped
public class BootstrapAdmin implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject
  @ConfigProperty(name = "admin.email", defaultValue = "admin@localhost")
  String email;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> configuredPassword;

  private volatile byte[] password;

  /** Settles the password at start, so a generated one is in the log before anyone needs it. */
  void settlePassword(@Observes @Initialized(ApplicationScoped.class) Object started) {
    password();
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login
        && email.equalsIgnoreCase(login.getCaller())
        && MessageDigest.isEqual(
            password(), login.getPasswordAsString().getBytes(StandardCharsets.UTF_8))) {
      return new CredentialValidationResult(email, Set.of(Roles.ADMIN));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }

  private byte[] password() {
    if (password == null) {
      synchronized (this) {
        if (password == null) {
          password =
              configuredPassword
                  .filter(p -> !p.isBlank())
                  .orElseGet(this::generated)
                  .getBytes(StandardCharsets.UTF_8);
        }
      }
    }
    return password;
  }

  private String generated() {
    var bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LOG.warning(
        () ->
            "No ADMIN_PASSWORD is set: the administrator "
                + email
                + " has the generated password "
                + generated
                + " until the server stops");
    return generated;
  }
}
