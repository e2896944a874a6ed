package org.meridianshop.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meridianshop.platform.errors.ShopException;

/** Turns the shop's own refusals into problem responses. */
@Provider
public class ShopExceptionMapper implements ExceptionMapper<ShopException> {

  @Override
  public Response toResponse(ShopException e) {
    var errors = e.fieldErrors().isEmpty() ? null : e.fieldErrors();
    var response =
        new Problem("about:blank", e.title(), e.status(), e.getMessage(), errors)
            .toResponseBuilder();
    e.retryAfter()
        .ifPresent(
            wait -> response.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)));
    return response.build();
  }
}
