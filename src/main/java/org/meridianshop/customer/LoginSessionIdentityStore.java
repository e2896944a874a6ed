package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.meridianshop.platform.security.SessionCredential;

/**
 * The identity store behind the shop's authentication mechanism: a caller who holds a live login
 * session is its account (the caller name is the account id), with the account's roles.
 */
@ApplicationScoped
public class LoginSessionIdentityStore implements IdentityStore {

  @Inject LoginSessions sessions;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof SessionCredential session)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var state = sessions.state(session.sessionId());
    if (!state.live()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(state.accountId(), state.roles());
  }
}
