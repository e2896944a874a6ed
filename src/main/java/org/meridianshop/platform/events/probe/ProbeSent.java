package org.meridianshop.platform.events.probe;

import java.time.Instant;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * A probe an admin sent through the event backbone. Until {@code refuseUntil} passes, its handler
 * refuses it, to rehearse retries and dead letters.
 */
@EventName("probe.sent")
public record ProbeSent(String aggregateId, String batchId, int sequence, Instant refuseUntil)
    implements DomainEvent {}
