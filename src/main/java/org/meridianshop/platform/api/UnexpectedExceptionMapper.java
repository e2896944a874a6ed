package org.meridianshop.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS's own errors keep their status (a wrong method is still 405), bodies that
 * are not valid JSON are 400, and a real fault is a 500 whose body names an incident id that is in
 * the log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web) {
      var status = web.getResponse().getStatusInfo();
      return Problem.of(
              status.getStatusCode(), status.getReasonPhrase(), describe(status.getStatusCode()))
          .toResponse();
    }
    if (causedBy(e, JsonbException.class)) {
      return Problem.of(400, "Malformed body", "The request body is not valid JSON for this call.")
          .toResponse();
    }
    var incident = UUID.randomUUID();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return Problem.of(
            500, "Internal error", "Something went wrong on our side (incident " + incident + ").")
        .toResponse();
  }

  private static String describe(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 406 -> "This address cannot answer in the requested media type.";
      case 415 -> "This address does not accept that content type.";
      default -> "The request could not be processed.";
    };
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
