package org.meridianshop.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly ETL: every day at {@code ANALYTICS_NIGHTLY_AT} (UTC, 02:00 unless set) loads
 * yesterday. The time is configuration, so the schedule is made at start rather than written in an
 * annotation. Every server runs it; a server that finds a run going leaves it be.
 */
@Startup
@Singleton
public class NightlyLoad {

  private static final Logger LOG = Logger.getLogger(NightlyLoad.class.getName());

  @Resource TimerService timers;
  @Inject AnalyticsRuns runs;

  @Inject
  @ConfigProperty(name = "analytics.nightly.at", defaultValue = "02:00")
  String nightlyAt;

  @PostConstruct
  void schedule() {
    var at = LocalTime.parse(nightlyAt.strip());
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0)
            .timezone("UTC"),
        new TimerConfig("analytics nightly load", false));
    LOG.info(() -> "The analytics ETL loads each day at " + at + " UTC");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadYesterday() {
    var yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    try {
      var run = runs.start(new AnalyticsRuns.RunRequest(yesterday, yesterday, null, null));
      LOG.info(() -> "Analytics run " + run.executionId() + " loads " + yesterday);
    } catch (RuntimeException e) {
      LOG.warning(() -> "The analytics run for " + yesterday + " did not start: " + e);
    }
  }
}
