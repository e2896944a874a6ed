package org.meridianshop.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.meridianshop.platform.security.Roles;

/**
 * Refuses {@link AdminOnly} calls from anyone but an administrator, as problems: 401 with a
 * challenge when the caller is anonymous, 403 when the caller is someone else.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(Problems.notAuthenticated("Sign in as an administrator."));
    } else if (!security.isUserInRole(Roles.ADMIN)) {
      request.abortWith(
          Problem.of(403, "Forbidden", "Only administrators may do this.").toResponse());
    }
  }
}
