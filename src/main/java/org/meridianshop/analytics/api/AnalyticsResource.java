package org.meridianshop.analytics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.meridianshop.analytics.AnalyticsRuns;
import org.meridianshop.analytics.AnalyticsRuns.RunRequest;
import org.meridianshop.analytics.Dashboard;
import org.meridianshop.analytics.DashboardCsv;
import org.meridianshop.analytics.Dashboards;
import org.meridianshop.analytics.EtlDays;
import org.meridianshop.analytics.EtlRun;
import org.meridianshop.analytics.LiveFigures;
import org.meridianshop.platform.api.AdminOnly;

/**
 * The dashboard's figures (a date range's, default the last 30 days; also as CSV), the live
 * figures, and the ETL's runs: start one for a date range (202), follow, stop and restart it.
 */
@Path("/admin/analytics")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

  @Inject Dashboards dashboards;
  @Inject AnalyticsRuns runs;

  @GET
  @Path("dashboard")
  public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
    return dashboards.of(range(from, to));
  }

  @GET
  @Path("dashboard.csv")
  @Produces("text/csv")
  public Response dashboardCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    var days = range(from, to);
    return Response.ok(DashboardCsv.of(dashboards.of(days)))
        .header(
            "Content-Disposition",
            "attachment; filename=\"dashboard-" + days.from() + "-" + days.to() + ".csv\"")
        .build();
  }

  @GET
  @Path("live")
  public LiveFigures live() {
    return dashboards.live();
  }

  @GET
  @Path("runs")
  public List<EtlRun> runs(@QueryParam("size") @DefaultValue("20") int size) {
    return runs.recent(Math.max(1, Math.min(size, 100)));
  }

  /** Loads the days {@code from..to} (a backfill); optional itemCount and pauseMillis. */
  @POST
  @Path("runs")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(RunRequest request) {
    var run = runs.start(request == null ? new RunRequest(null, null, null, null) : request);
    return accepted(run);
  }

  @GET
  @Path("runs/{executionId}")
  public EtlRun run(@PathParam("executionId") long executionId) {
    return runs.run(executionId);
  }

  @POST
  @Path("runs/{executionId}/stop")
  public EtlRun stop(@PathParam("executionId") long executionId) {
    return runs.stop(executionId);
  }

  @POST
  @Path("runs/{executionId}/restart")
  public Response restart(@PathParam("executionId") long executionId) {
    return accepted(runs.restart(executionId));
  }

  private Response accepted(EtlRun run) {
    return Response.accepted(run)
        .location(URI.create("admin/analytics/runs/" + run.executionId()))
        .build();
  }

  private EtlDays range(String from, String to) {
    return from == null && to == null ? dashboards.lastThirtyDays() : EtlDays.parse(from, to);
  }
}
