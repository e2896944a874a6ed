package org.meridianshop.platform.api;

import jakarta.ws.rs.core.Response;

/** The refusals that access checks answer with. */
final class Problems {

  private Problems() {}

  static Response notAuthenticated(String detail) {
    return Problem.of(401, "Not authenticated", detail)
        .toResponseBuilder()
        .header("WWW-Authenticate", "Bearer realm=\"Meridian Shop\"")
        .build();
  }
}
