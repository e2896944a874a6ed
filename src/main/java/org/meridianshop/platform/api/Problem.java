package org.meridianshop.platform.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** An RFC 9457 problem detail, the body of every error the API returns. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @JsonbNillable(false) List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }

  public Response toResponse() {
    return toResponseBuilder().build();
  }

  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }
}
