package org.meridianshop.platform.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;
import org.meridianshop.platform.events.probe.EventProbes;
import org.meridianshop.platform.events.probe.EventProbes.ProbeReport;

/** What admins see and do with the event backbone: its state, dead letters, probes. */
@Path("/admin/events")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class EventAdminResource {

  private static final int MAX_PROBES = 10_000;

  @Inject EventTransport transport;
  @Inject OutboxStore outbox;
  @Inject EventFailures failures;
  @Inject EventProbes probes;

  @GET
  public BackboneState state() {
    return new BackboneState(
        transport.name(),
        transport.isAvailable(),
        outbox.backlog(),
        outbox.oldestUnpublishedAge().toSeconds(),
        failures.deadLetterCount());
  }

  @GET
  @Path("dead-letters")
  public DeadLetters deadLetters() {
    return new DeadLetters(failures.deadLetters().stream().map(DeadLetter::of).toList());
  }

  @POST
  @Path("dead-letters/{id}/replay")
  public Response replay(@PathParam("id") long id) {
    return Response.accepted(DeadLetter.of(failures.replay(id))).build();
  }

  @POST
  @Path("probes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendProbes(ProbeRequest request) {
    var valid = request == null ? new ProbeRequest(1, 1, 0L) : request.validated();
    var batch =
        probes.send(valid.count(), valid.aggregates(), Duration.ofMillis(valid.refuseForMillis()));
    return Response.accepted(new ProbeBatch(batch)).build();
  }

  @GET
  @Path("probes/{batchId}")
  public ProbeReport probeReport(@PathParam("batchId") String batchId) {
    return probes.report(batchId);
  }

  /** The backbone at a glance. */
  public record BackboneState(
      String transport,
      boolean brokerAvailable,
      long outboxBacklog,
      long oldestUnpublishedSeconds,
      long deadLetters) {}

  /** The dead letters, newest failure first. */
  public record DeadLetters(List<DeadLetter> items) {}

  /** An event a consumer gave up on. */
  public record DeadLetter(
      String id,
      String consumer,
      String eventId,
      String type,
      String aggregateId,
      String status,
      int attempts,
      String lastError,
      Instant firstFailedAt,
      Instant lastFailedAt) {
    static DeadLetter of(FailedEvent failure) {
      return new DeadLetter(
          failure.id().toString(),
          failure.consumer(),
          failure.eventId(),
          failure.type(),
          failure.envelope().aggregateId(),
          failure.status().name().toLowerCase(java.util.Locale.ROOT),
          failure.attempts(),
          failure.lastError(),
          failure.firstFailedAt(),
          failure.lastFailedAt());
    }
  }

  /** How many probes to send, over how many aggregates, refused for how long at first. */
  public record ProbeRequest(int count, int aggregates, long refuseForMillis) {
    ProbeRequest validated() {
      var errors = new ArrayList<FieldError>();
      if (count < 1 || count > MAX_PROBES) {
        errors.add(new FieldError("count", "must be between 1 and " + MAX_PROBES));
      }
      if (aggregates < 1 || aggregates > Math.max(1, count)) {
        errors.add(new FieldError("aggregates", "must be between 1 and count"));
      }
      if (refuseForMillis < 0 || refuseForMillis > Duration.ofHours(1).toMillis()) {
        errors.add(new FieldError("refuseForMillis", "must be between 0 and 3600000"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return this;
    }
  }

  /** The id to ask for a probe batch's report with. */
  public record ProbeBatch(String batchId) {}
}
