package org.meridianshop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.NotAuthenticatedException;

/**
 * Who is calling in this request: the account (the caller principal's name is its id) and the login
 * session the request was authenticated with.
 */
@RequestScoped
public class CurrentCaller {

  static final String SESSION_REQUEST_ATTRIBUTE = "org.meridianshop.callerSession";

  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Roles.ADMIN);
  }

  /** The caller's account id, or a 401 refusal when nobody is signed in. */
  public String accountId() {
    var principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new NotAuthenticatedException("Sign in first.");
    }
    return principal.getName();
  }

  public Optional<UUID> sessionId() {
    return Optional.ofNullable((UUID) request.getAttribute(SESSION_REQUEST_ATTRIBUTE));
  }
}
