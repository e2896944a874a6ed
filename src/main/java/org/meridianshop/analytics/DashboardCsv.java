package org.meridianshop.analytics;

import java.util.stream.Collectors;

/** A dashboard's days as CSV (one line per day, amounts in US dollars), for spreadsheets. */
public final class DashboardCsv {

  static final String HEADER =
      "day,orders,revenue_usd,refunds_usd,average_order_usd,new_customers,returning_customers,"
          + "visits,carts";

  private DashboardCsv() {}

  public static String of(Dashboard dashboard) {
    return dashboard.days().stream()
        .map(
            d ->
                String.join(
                    ",",
                    d.day().toString(),
                    Integer.toString(d.orders()),
                    d.revenueUsd().toPlainString(),
                    d.refundsUsd().toPlainString(),
                    d.averageOrderUsd().toPlainString(),
                    Integer.toString(d.newCustomers()),
                    Integer.toString(d.returningCustomers()),
                    Integer.toString(d.visits()),
                    Integer.toString(d.carts())))
        .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
  }
}
