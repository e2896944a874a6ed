package org.meridianshop.analytics;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.meridianshop.customer.Accounts;
import org.meridianshop.inventory.InventoryViews;

/**
 * The ETL's last step: writes this server's waiting visits and cart additions, gives each loaded
 * day its customer, conversion and stock figures (once its orders are all in), then lets the
 * dashboard see the new figures at once.
 */
@Dependent
@Named
public class DaySummaries extends AbstractBatchlet {

  @Inject DailyFigures figures;
  @Inject ShopperActivity activity;
  @Inject ActivityCounts counts;
  @Inject Accounts accounts;
  @Inject InventoryViews inventory;
  @Inject Dashboards dashboards;
  @Inject EtlLoads loads;
  @Inject JobContext job;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String process() throws SQLException {
    activity.flush();
    var now = clock.instant();
    var yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    var lowStock = inventory.lowStock().size();
    loads
        .of(job.getInstanceId())
        .orElseThrow()
        .days()
        .days()
        .forEach(
            day -> {
              var one = EtlDays.of(day);
              var shoppers = counts.between(one.start(), one.end());
              figures.summarise(
                  new DaySummary(
                      day,
                      accounts.openedBetween(one.start(), one.end()),
                      shoppers.visits(),
                      shoppers.visitors(),
                      shoppers.carts(),
                      day.isBefore(yesterday) ? Optional.empty() : Optional.of(lowStock)),
                  now);
            });
    dashboards.forget();
    return "SUMMARISED";
  }
}
