package org.meridianshop.platform.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;

/** Turns events into envelopes and JSON, and back. */
public final class EventJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private EventJson() {}

  public static EventEnvelope envelope(DomainEvent event, Instant occurredAt) {
    var name = DomainEvent.nameOf(event.getClass());
    return new EventEnvelope(
        UUID.randomUUID(),
        name.value(),
        name.version(),
        event.aggregateId(),
        occurredAt,
        JSONB.toJson(event));
  }

  public static String toJson(EventEnvelope envelope) {
    return JSONB.toJson(envelope);
  }

  public static EventEnvelope fromJson(String json) {
    return JSONB.fromJson(json, EventEnvelope.class);
  }

  public static <E extends DomainEvent> E payload(EventEnvelope envelope, Class<E> type) {
    return JSONB.fromJson(envelope.payload(), type);
  }
}
