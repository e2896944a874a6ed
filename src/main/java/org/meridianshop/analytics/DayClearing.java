package org.meridianshop.analytics;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The ETL's first step: forgets the figures of the days about to be loaded, so loading a day again
 * replaces it. A restarted run does not repeat it (it completed): the load carries on instead.
 */
@Dependent
@Named
public class DayClearing extends AbstractBatchlet {

  @Inject DailyFigures figures;
  @Inject EtlLoads loads;
  @Inject JobContext job;

  @Override
  public String process() {
    var days = loads.claim(job.getInstanceId()).days();
    figures.clear(days.from(), days.to());
    return "CLEARED";
  }
}
