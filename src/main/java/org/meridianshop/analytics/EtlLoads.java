package org.meridianshop.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What each ETL run loads, kept in the shop's database rather than in job parameters (which
 * Liberty's job repository cannot store on H2): a load is queued before its run starts and bound to
 * the run's job instance, which its steps (and a restart) read it by.
 */
@ApplicationScoped
@Transactional
public class EtlLoads {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** One run's work: the days, orders per chunk and the pause after each chunk. */
  public record Load(EtlDays days, int itemCount, long pauseMillis) implements Serializable {}

  public long queue(Load load) {
    em.createNativeQuery(
            "insert into analytics_load (from_day, to_day, item_count, pause_millis, requested_at)"
                + " values (:from, :to, :items, :pause, :now)")
        .setParameter("from", load.days().from())
        .setParameter("to", load.days().to())
        .setParameter("items", load.itemCount())
        .setParameter("pause", load.pauseMillis())
        .setParameter("now", clock.instant())
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select max(id) from analytics_load where instance_id is null")
                .getSingleResult())
        .longValue();
  }

  /** Binds the queued load to the job instance that runs it, unless its first step already did. */
  public void bind(long loadId, long instanceId) {
    em.createNativeQuery(
            "update analytics_load set instance_id = :instance"
                + " where id = :id and instance_id is null")
        .setParameter("instance", instanceId)
        .setParameter("id", loadId)
        .executeUpdate();
  }

  /** The instance's load; a first step that runs before {@link #bind} takes the newest queued. */
  public Load claim(long instanceId) {
    var bound = of(instanceId);
    if (bound.isPresent()) {
      return bound.get();
    }
    em.createNativeQuery(
            "update analytics_load set instance_id = :instance where id = (select max(id) from"
                + " analytics_load where instance_id is null)")
        .setParameter("instance", instanceId)
        .executeUpdate();
    return of(instanceId)
        .orElseThrow(() -> new IllegalStateException("No analytics load for run " + instanceId));
  }

  public Optional<Load> of(long instanceId) {
    List<?> rows =
        em.createNativeQuery(
                "select from_day, to_day, item_count, pause_millis from analytics_load"
                    + " where instance_id = :instance",
                Object[].class)
            .setParameter("instance", instanceId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Load(
                    new EtlDays(day(row[0]), day(row[1])),
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).longValue()))
        .findFirst();
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
