package org.meridianshop.analytics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.meridianshop.analytics.Dashboard.Conversion;
import org.meridianshop.analytics.Dashboard.CurrencySales;
import org.meridianshop.analytics.Dashboard.Day;
import org.meridianshop.analytics.Dashboard.Month;
import org.meridianshop.analytics.Dashboard.TopProduct;

/**
 * Reads the analytics tables through the analytics data source ({@code jdbc/analytics}: a read
 * replica when {@code ANALYTICS_DB_URL} is set, the shop's database otherwise). Plain JDBC outside
 * any transaction, so a replica never joins the shop's transactions.
 */
@ApplicationScoped
public class DashboardQueries {

  @Resource(lookup = "jdbc/analytics")
  DataSource replica;

  /** The loaded figures of the days {@code [from, to]}. */
  public Dashboard dashboard(LocalDate from, LocalDate to) {
    var weekFrom = to.minusDays(6).isBefore(from) ? from : to.minusDays(6);
    var days = days(from, to);
    return new Dashboard(
        from,
        to,
        days,
        days.stream()
            .map(d -> new Sales(d.orders(), d.revenueUsd(), d.refundedOrders(), d.refundsUsd()))
            .reduce(Sales.NONE, Sales::plus),
        currencies(from, to),
        topProducts(weekFrom, to, 10),
        conversion(weekFrom, to),
        months(YearMonth.from(from), YearMonth.from(to)));
  }

  /** Distinct visitors seen since {@code since}. */
  public long visitorsSince(Instant since) {
    return query(
            "select count(distinct visitor_id) from analytics_visit where visited_at >= ?",
            rs -> rs.getLong(1),
            Timestamp.from(since))
        .get(0);
  }

  private List<Day> days(LocalDate from, LocalDate to) {
    return query(
        "select s.on_day, s.orders, s.revenue_usd, s.refunded_orders, s.refunds_usd,"
            + " s.average_order_usd,"
            + " coalesce(c.new_customers, 0), coalesce(c.returning_customers, 0),"
            + " coalesce(v.visits, 0), coalesce(v.carts, 0)"
            + " from analytics_daily_sales s"
            + " left join analytics_customer_daily c on c.on_day = s.on_day"
            + " left join analytics_conversion_daily v on v.on_day = s.on_day"
            + " where s.on_day between ? and ? order by s.on_day",
        rs ->
            new Day(
                rs.getDate(1).toLocalDate(),
                rs.getInt(2),
                money(rs.getBigDecimal(3)),
                rs.getInt(4),
                money(rs.getBigDecimal(5)),
                money(rs.getBigDecimal(6)),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10)),
        Date.valueOf(from),
        Date.valueOf(to));
  }

  private List<CurrencySales> currencies(LocalDate from, LocalDate to) {
    return query(
        "select currency, sum(orders), sum(revenue), sum(refunded_orders), sum(refunds)"
            + " from analytics_currency_daily where on_day between ? and ?"
            + " group by currency order by currency",
        rs ->
            new CurrencySales(
                rs.getString(1).strip(),
                new Sales(
                    rs.getInt(2),
                    money(rs.getBigDecimal(3)),
                    rs.getInt(4),
                    money(rs.getBigDecimal(5)))),
        Date.valueOf(from),
        Date.valueOf(to));
  }

  private List<TopProduct> topProducts(LocalDate from, LocalDate to, int most) {
    return query(
        "select product_id, max(name), sum(units) as sold, sum(revenue_usd)"
            + " from analytics_product_daily where on_day between ? and ?"
            + " group by product_id order by sold desc, product_id fetch first "
            + most
            + " rows only",
        rs ->
            new TopProduct(
                rs.getLong(1), rs.getString(2), rs.getLong(3), money(rs.getBigDecimal(4))),
        Date.valueOf(from),
        Date.valueOf(to));
  }

  private Conversion conversion(LocalDate from, LocalDate to) {
    return query(
            "select coalesce(sum(visits), 0), coalesce(sum(carts), 0), coalesce(sum(orders), 0)"
                + " from analytics_conversion_daily where on_day between ? and ?",
            rs -> new Conversion(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
            Date.valueOf(from),
            Date.valueOf(to))
        .get(0);
  }

  private List<Month> months(YearMonth first, YearMonth last) {
    var months = new ArrayList<Month>();
    for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month(month));
    }
    return months;
  }

  private Month month(YearMonth month) {
    var start = Date.valueOf(month.atDay(1));
    var end = Date.valueOf(month.atEndOfMonth());
    var previousStart = Date.valueOf(month.minusMonths(1).atDay(1));
    var previousEnd = Date.valueOf(month.minusMonths(1).atEndOfMonth());
    var sales =
        query(
                "select coalesce(sum(revenue_usd), 0), coalesce(sum(orders), 0)"
                    + " from analytics_daily_sales where on_day between ? and ?",
                rs -> new MonthSales(money(rs.getBigDecimal(1)), rs.getLong(2)),
                start,
                end)
            .get(0);
    var buyers = distinctBuyers(start, end);
    var previous = distinctBuyers(previousStart, previousEnd);
    var retained =
        query(
                "select count(distinct b.account_id) from analytics_buyer b"
                    + " where b.on_day between ? and ? and exists (select 1 from analytics_buyer p"
                    + " where p.account_id = b.account_id and p.on_day between ? and ?)",
                rs -> rs.getLong(1),
                start,
                end,
                previousStart,
                previousEnd)
            .get(0);
    return new Month(
        month.toString(), sales.revenueUsd(), sales.orders(), buyers, previous, retained);
  }

  private record MonthSales(BigDecimal revenueUsd, long orders) {}

  private long distinctBuyers(Date start, Date end) {
    return query(
            "select count(distinct account_id) from analytics_buyer where on_day between ? and ?",
            rs -> rs.getLong(1),
            start,
            end)
        .get(0);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (var connection = replica.getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rs = statement.executeQuery()) {
        var rows = new ArrayList<T>();
        while (rs.next()) {
          rows.add(row.read(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Analytics query failed: " + e.getMessage(), e);
    }
  }
}
