package org.meridianshop.platform.events.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Consumes probes: writes a receipt for each, or refuses it while it asks to be refused. */
@ApplicationScoped
public class ProbeRecorder implements EventHandler<ProbeSent> {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Override
  public String consumer() {
    return "event-probe";
  }

  @Override
  public Class<ProbeSent> eventType() {
    return ProbeSent.class;
  }

  @Override
  public void handle(ProbeSent probe, EventEnvelope envelope) {
    var now = Instant.now();
    if (probe.refuseUntil() != null && now.isBefore(probe.refuseUntil())) {
      throw new IllegalStateException("Probe " + probe.sequence() + " asked to be refused");
    }
    em.persist(new ProbeReceipt(probe, envelope.occurredAt(), now));
  }
}
