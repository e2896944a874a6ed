package org.meridianshop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridianshop.analytics.SalesTally.DayCurrency;
import org.meridianshop.analytics.SalesTally.DayProduct;
import org.meridianshop.analytics.SalesTally.ProductSales;
import org.meridianshop.order.PlacedOrder;

class SalesTallyTest {

  static final LocalDate DAY = LocalDate.parse("2026-11-24");
  static final LocalDate NEXT_DAY = DAY.plusDays(1);

  static final List<PlacedOrder> ORDERS =
      List.of(
          order(
              "o1",
              "alice",
              "2026-11-24T00:00:00Z",
              true,
              "USD",
              "10.00",
              "10.00",
              line(1, 2, "10.00")),
          order(
              "o2",
              "bob",
              "2026-11-24T12:30:00Z",
              true,
              "EUR",
              "20.00",
              "21.74",
              line(1, 1, "7.25"),
              line(2, 1, "14.49")),
          order(
              "o3",
              "alice",
              "2026-11-24T23:59:59.999Z",
              true,
              "EUR",
              "5.50",
              "5.98",
              line(3, 1, "5.98")),
          order(
              "o4",
              "dora",
              "2026-11-24T13:00:00Z",
              false,
              "USD",
              "100.00",
              "100.00",
              line(1, 10, "100.00")),
          order(
              "o5",
              "carol",
              "2026-11-25T00:00:00Z",
              true,
              "USD",
              "3.33",
              "3.33",
              line(2, 1, "3.33")));

  static final Set<String> REFUNDED = Set.of("o3");

  @Test
  void aDayCountsItsPaidOrdersTheirRevenueAndRefundsInUsDollars() {
    var tally = SalesTally.of(ORDERS, REFUNDED);

    assertThat(tally.usd())
        .containsOnlyKeys(DAY, NEXT_DAY)
        .containsEntry(DAY, new Sales(3, new BigDecimal("37.72"), 1, new BigDecimal("5.98")))
        .containsEntry(NEXT_DAY, new Sales(1, new BigDecimal("3.33"), 0, BigDecimal.ZERO));
    assertThat(tally.usd().get(DAY).netRevenue()).isEqualByComparingTo("31.74");
    assertThat(tally.usd().get(DAY).averageOrder()).isEqualTo(new BigDecimal("12.57"));
  }

  @Test
  void eachCurrencyKeepsItsOwnAmounts() {
    var tally = SalesTally.of(ORDERS, REFUNDED);

    assertThat(tally.perCurrency())
        .containsOnlyKeys(
            new DayCurrency(DAY, "EUR"),
            new DayCurrency(DAY, "USD"),
            new DayCurrency(NEXT_DAY, "USD"))
        .containsEntry(
            new DayCurrency(DAY, "EUR"),
            new Sales(2, new BigDecimal("25.50"), 1, new BigDecimal("5.50")))
        .containsEntry(
            new DayCurrency(DAY, "USD"), new Sales(1, new BigDecimal("10.00"), 0, BigDecimal.ZERO));
  }

  @Test
  void productsCountUnitsAndRevenueOfPaidOrdersOnly() {
    var tally = SalesTally.of(ORDERS, REFUNDED);

    assertThat(tally.perProduct())
        .containsOnlyKeys(
            new DayProduct(DAY, 1),
            new DayProduct(DAY, 2),
            new DayProduct(DAY, 3),
            new DayProduct(NEXT_DAY, 2))
        .containsEntry(
            new DayProduct(DAY, 1), new ProductSales("product 1", 3, new BigDecimal("17.25")))
        .containsEntry(
            new DayProduct(DAY, 2), new ProductSales("product 2", 1, new BigDecimal("14.49")));
  }

  @Test
  void buyersAreTheAccountsThatPaidThatDay() {
    var tally = SalesTally.of(ORDERS, REFUNDED);

    assertThat(tally.buyers())
        .containsEntry(DAY, Set.of("alice", "bob"))
        .containsEntry(NEXT_DAY, Set.of("carol"));
  }

  @Test
  void tallyingInChunksGivesTheSameFiguresAsAllAtOnce() {
    var whole = SalesTally.of(ORDERS, REFUNDED).usd().get(DAY);
    var first = SalesTally.of(ORDERS.subList(0, 2), REFUNDED).usd().get(DAY);
    var second = SalesTally.of(ORDERS.subList(2, 5), REFUNDED).usd().get(DAY);

    assertThat(first.plus(second)).isEqualTo(whole);
  }

  @Test
  void theAverageOrderIsRoundedHalfUpToTheCent() {
    assertThat(new Sales(2, new BigDecimal("0.05"), 0, BigDecimal.ZERO).averageOrder())
        .isEqualTo(new BigDecimal("0.03"));
    assertThat(new Sales(3, new BigDecimal("10.00"), 0, BigDecimal.ZERO).averageOrder())
        .isEqualTo(new BigDecimal("3.33"));
    assertThat(Sales.NONE.averageOrder()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void unpaidOrdersAloneMakeNoFigures() {
    var tally = SalesTally.of(List.of(ORDERS.get(3)), Set.of());

    assertThat(tally.usd()).isEmpty();
    assertThat(tally.perProduct()).isEmpty();
    assertThat(tally.buyers()).isEmpty();
  }

  private static PlacedOrder order(
      String id,
      String account,
      String placedAt,
      boolean paid,
      String currency,
      String total,
      String totalUsd,
      PlacedOrder.Line... lines) {
    return new PlacedOrder(
        id,
        account,
        Instant.parse(placedAt),
        paid ? "confirmed" : "failed",
        paid,
        currency,
        new BigDecimal(total),
        new BigDecimal(totalUsd),
        List.of(lines));
  }

  private static PlacedOrder.Line line(long productId, int units, String revenueUsd) {
    return new PlacedOrder.Line(
        productId, "product " + productId, units, new BigDecimal(revenueUsd));
  }
}
