package org.meridianshop.platform.events.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.meridianshop.platform.events.Outbox;

/**
 * Sends batches of probes through the backbone and reports what came back: how many were handled,
 * whether each aggregate's probes were handled in the order sent, and how long they took.
 */
@ApplicationScoped
public class EventProbes {

  @Inject Outbox outbox;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Records {@code count} probes spread over {@code aggregates} aggregates, in one commit. */
  @Transactional
  public String send(int count, int aggregates, Duration refuseFor) {
    var batch = UUID.randomUUID().toString();
    var refuseUntil = refuseFor.isZero() ? null : Instant.now().plus(refuseFor);
    for (int sequence = 0; sequence < count; sequence++) {
      outbox.record(
          new ProbeSent(batch + "/" + sequence % aggregates, batch, sequence, refuseUntil));
    }
    return batch;
  }

  @Transactional
  public ProbeReport report(String batch) {
    var receipts =
        em.createQuery(
                "select r from ProbeReceipt r where r.key.batchId = :batch order by r.handledOrder",
                ProbeReceipt.class)
            .setParameter("batch", batch)
            .getResultList();
    var latencies = receipts.stream().map(ProbeReceipt::latency).sorted().toList();
    return new ProbeReport(
        batch,
        receipts.size(),
        inOrderPerAggregate(receipts),
        percentile(latencies, 50),
        percentile(latencies, 99),
        latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1).toMillis());
  }

  private static boolean inOrderPerAggregate(List<ProbeReceipt> receiptsInHandledOrder) {
    return receiptsInHandledOrder.stream()
        .collect(Collectors.groupingBy(ProbeReceipt::aggregateId))
        .values()
        .stream()
        .allMatch(
            receipts ->
                receipts.stream()
                    .map(ProbeReceipt::sequence)
                    .sorted(Comparator.naturalOrder())
                    .toList()
                    .equals(receipts.stream().map(ProbeReceipt::sequence).toList()));
  }

  private static long percentile(List<Duration> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)).toMillis();
  }

  /** What a batch of probes showed. Latencies in milliseconds, from record to handling. */
  public record ProbeReport(
      String batchId,
      int handled,
      boolean inOrderPerAggregate,
      long latencyP50Millis,
      long latencyP99Millis,
      long latencyMaxMillis) {}
}
