package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.meridianshop.customer.LoginSessions;
import org.meridianshop.customer.LoginSessions.SignedIn;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.security.SessionCredential;

/**
 * Ties a login session to the browser that opened it, and unties it. Signing in hands the new
 * session to the shop's authentication mechanism, which gives the browser a fresh session id;
 * signing out ends the login session for good and forgets the browser's session.
 */
@RequestScoped
public class BrowserSessions {

  @Inject SecurityContext security;
  @Inject HttpServletRequest request;
  @Inject LoginSessions sessions;
  @Inject CurrentCaller caller;

  /** Signs this browser in to the session just opened; false if the session is already gone. */
  boolean signIn(SignedIn signedIn, HttpServletResponse response) {
    var status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new SessionCredential(signedIn.sessionId()))
                .newAuthentication(true));
    return status == AuthenticationStatus.SUCCESS;
  }

  void signOut() {
    caller.sessionId().ifPresent(id -> sessions.end(id, "logout"));
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
