package org.meridianshop.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;
import org.meridianshop.platform.errors.DependencyOutage;
import org.meridianshop.platform.web.DependencyOutagePages;

/**
 * The shop's one authentication mechanism; it tells callers apart by what they send:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer} (the mobile API): a signed, unexpired access token whose
 *       login session is still live;
 *   <li>a web session that signed in through the login page, checked on every request so that a
 *       logout or password change elsewhere ends it;
 *   <li>a sign-in that just succeeded ({@link SessionCredential} passed to {@code
 *       SecurityContext.authenticate}): the session id is rotated and the login kept in it.
 * </ul>
 *
 * Whether a login session is live and whose it is, the identity store answers.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.CUSTOMER})
public class ShopAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_ATTRIBUTE = "org.meridianshop.loginSession";
  public static final String LOGIN_PAGE = "/login.xhtml";

  private static final Logger LOG = Logger.getLogger(ShopAuthentication.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject AccessTokens accessTokens;

  /**
   * Who the caller is lives in the session store (Redis at scale): while it is out of reach the
   * caller cannot be told, so the request gets a 503 to retry rather than the container's 403 for a
   * failed authentication.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, context);
    } catch (RuntimeException failure) {
      var outage = DependencyOutage.of(failure);
      if (outage.isEmpty()) {
        throw failure;
      }
      LOG.warning(() -> "Caller not checked, the " + outage.get() + " is out of reach: " + failure);
      try {
        DependencyOutagePages.answer(request, response, outage.get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() instanceof SessionCredential signIn) {
      return signedIn(request, context, signIn);
    }
    var authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, context);
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String id) {
      var result = validate(UUID.fromString(id));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return loggedIn(request, context, result, UUID.fromString(id));
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return challenge(request, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, SessionCredential signIn) {
    var result = validate(signIn.sessionId());
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // a new session id at login, so a session id planted before it is worth nothing
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_ATTRIBUTE, signIn.sessionId().toString());
    return loggedIn(request, context, result, signIn.sessionId());
  }

  /**
   * A bad token makes an anonymous caller: the API's access checks refuse it where a caller is
   * needed, and public calls still work.
   */
  private AuthenticationStatus bearer(
      String token, HttpServletRequest request, HttpMessageContext context) {
    var subject = accessTokens.verify(token);
    if (subject.isPresent()) {
      var result = validate(subject.get().sessionId());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return loggedIn(request, context, result, subject.get().sessionId());
      }
    }
    return context.isProtected() ? challenge(request, context) : context.doNothing();
  }

  private CredentialValidationResult validate(UUID sessionId) {
    return identityStores.validate(new SessionCredential(sessionId));
  }

  private static AuthenticationStatus loggedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      CredentialValidationResult result,
      UUID sessionId) {
    request.setAttribute(CurrentCaller.SESSION_REQUEST_ATTRIBUTE, sessionId);
    return context.notifyContainerAboutLogin(result);
  }

  /** Sends a visitor of a protected page to the login page, to come back after signing in. */
  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpMessageContext context) {
    var target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }
}
