package org.meridianshop.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses {@link Authenticated} calls from anonymous callers with a 401 problem. */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatedFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(
          Problems.notAuthenticated(
              "Sign in first: the access token is missing, invalid, expired or revoked."));
    }
  }
}
