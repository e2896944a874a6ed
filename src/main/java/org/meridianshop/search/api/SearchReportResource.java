package org.meridianshop.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.search.SearchReport;

/** The search report for administrators: top queries and queries that found nothing. */
@Path("/admin/search/report")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchReportResource {

  static final int MAX_DAYS = 366;

  @Inject SearchReport report;

  @GET
  public SearchReport.Summary report(@QueryParam("days") String days) {
    return report.lastDays(parseDays(days));
  }

  private static int parseDays(String days) {
    if (days == null || days.isBlank()) {
      return 7;
    }
    try {
      var number = Integer.parseInt(days.strip());
      if (number >= 1 && number <= MAX_DAYS) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("days", "must be a whole number from 1 to " + MAX_DAYS);
  }
}
