package org.meridianshop.analytics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.meridianshop.analytics.AnalyticsRuns;
import org.meridianshop.analytics.AnalyticsRuns.RunRequest;
import org.meridianshop.analytics.EtlRun;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's batch page: the analytics ETL's runs (status, counts, duration, errors), a form to
 * load a date range, and restart or stop for a run.
 */
@Named
@RequestScoped
public class BatchPage {

  static final int RUNS_SHOWN = 30;

  @Inject AnalyticsRuns runs;
  @Inject FacesContext faces;

  private String from = yesterday();
  private String to = yesterday();
  private List<EtlRun> recent;

  public List<EtlRun> getRuns() {
    if (recent == null) {
      recent = runs.recent(RUNS_SHOWN);
    }
    return recent;
  }

  public void start() {
    act(() -> runs.start(new RunRequest(from, to, null, null)), "started");
  }

  public void restart(long executionId) {
    act(() -> runs.restart(executionId), "restarted");
  }

  public void stop(long executionId) {
    act(() -> runs.stop(executionId), "asked to stop");
  }

  private void act(Supplier<EtlRun> action, String what) {
    try {
      var run = action.get();
      recent = null;
      FormMessages.confirm(faces, "Run " + run.executionId() + " " + what + ".");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  private static String yesterday() {
    return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
