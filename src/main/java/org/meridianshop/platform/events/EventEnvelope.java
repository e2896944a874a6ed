package org.meridianshop.platform.events;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as it travels: who it is (id), what it is (type and schema version), what it is about
 * (aggregate id), when it happened, and the event itself as JSON. Transports carry the envelope as
 * one JSON document.
 */
@JsonbPropertyOrder({"eventId", "type", "schemaVersion", "aggregateId", "occurredAt", "payload"})
public record EventEnvelope(
    UUID eventId,
    String type,
    int schemaVersion,
    String aggregateId,
    Instant occurredAt,
    String payload) {}
