package org.meridianshop.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridianshop.platform.errors.DependencyOutage;
import org.meridianshop.platform.errors.LostUpdate;

/**
 * Everything else: JAX-RS's own errors keep their status (a wrong method is still 405), bodies that
 * are not valid JSON are 400, and a real fault is a 500 whose body names an incident id that is in
 * the log, never a stack trace. A failure that only says the database or Redis is out of reach is a
 * 503 the client may retry; a change that lost the race with another change to the same row (its
 * version moved on) is a 409, since reading it again and retrying is all it takes.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  /** A database or Redis that went away is usually back, or failed over, within seconds. */
  private static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

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
    if (LostUpdate.causedBy(e)) {
      return Problem.of(
              409,
              "Changed meanwhile",
              "Someone else changed this at the same moment; read it again and retry.")
          .toResponse();
    }
    var outage = DependencyOutage.of(e);
    if (outage.isPresent()) {
      LOG.warning(() -> "Answered 503, the " + outage.get() + " is out of reach: " + e);
      return Problem.of(
              503,
              "Service unavailable",
              "The shop cannot reach its " + outage.get() + " right now; try again in a moment.")
          .toResponseBuilder()
          .header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS)
          .build();
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
