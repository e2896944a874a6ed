package org.meridianshop.analytics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meridianshop.analytics.Dashboard;
import org.meridianshop.analytics.Dashboards;
import org.meridianshop.analytics.EtlDays;
import org.meridianshop.analytics.LiveFigures;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;
import org.meridianshop.platform.web.QueryParameters;

/**
 * The console's dashboard: live figures, and the loaded figures of a date range ({@code
 * ?from=&to=}, the last 30 days unless given) with their charts.
 */
@Named
@RequestScoped
public class DashboardPage {

  private static final List<String> PARAMETERS = List.of("from", "to");

  @Inject Dashboards dashboards;
  @Inject FacesContext faces;

  private Dashboard dashboard;
  private LiveFigures live;
  private EtlDays days;

  public LiveFigures getLive() {
    if (live == null) {
      live = dashboards.live();
    }
    return live;
  }

  public Dashboard getFigures() {
    if (dashboard == null) {
      dashboard = dashboards.of(getDays());
    }
    return dashboard;
  }

  public EtlDays getDays() {
    if (days == null) {
      Map<String, String[]> request = faces.getExternalContext().getRequestParameterValuesMap();
      var query = QueryParameters.from(request, PARAMETERS);
      try {
        days =
            query.first("from") == null && query.first("to") == null
                ? dashboards.lastThirtyDays()
                : EtlDays.parse(query.first("from"), query.first("to"));
      } catch (ShopException refusal) {
        FormMessages.show(faces, refusal);
        days = dashboards.lastThirtyDays();
      }
    }
    return days;
  }

  public SvgChart getRevenueChart() {
    return daily("Revenue per day (USD)", Dashboard.Day::revenueUsd);
  }

  public SvgChart getOrdersChart() {
    return daily("Orders per day", day -> BigDecimal.valueOf(day.orders()));
  }

  public SvgChart getNewCustomersChart() {
    return daily("New customers per day", day -> BigDecimal.valueOf(day.newCustomers()));
  }

  public SvgChart getMonthlyRevenueChart() {
    return SvgChart.of(
        "Revenue per month (USD)",
        getFigures().months().stream()
            .map(month -> new SvgChart.Point(month.month(), month.revenueUsd()))
            .toList());
  }

  public String getCsvLink() {
    return "/api/admin/analytics/dashboard.csv?from=" + getDays().from() + "&to=" + getDays().to();
  }

  private SvgChart daily(String title, Function<Dashboard.Day, BigDecimal> value) {
    return SvgChart.of(
        title,
        getFigures().days().stream()
            .map(day -> new SvgChart.Point(day.day().toString(), value.apply(day)))
            .toList());
  }
}
