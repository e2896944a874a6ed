package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.analytics.AnalyticsApi.TODAY;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.analytics.AnalyticsApi;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator opens the dashboard from the console and sees today's loaded figures (the same
 * as the API's) and the server-drawn charts, and starts an analytics run from the batch page.
 */
@ExtendWith(RunningShop.class)
class AnalyticsDashboardBrowserIT extends ShopBrowserTest {

  @Test
  void theDashboardShowsTodaysFiguresAndItsCharts() {
    var figures = AnalyticsApi.loaded();
    signInAsAdmin();

    open("admin/");
    press(By.linkText("Dashboard"));
    open("admin/dashboard.xhtml?from=" + TODAY + "&to=" + TODAY);

    assertThat(text(By.id("range-orders"))).isEqualTo(figures.getString("totals.orders"));
    assertThat(new BigDecimal(text(By.id("range-revenue"))))
        .isEqualByComparingTo(figures.getString("totals.revenue"));
    assertThat(text(By.id("orders-today"))).isEqualTo(AnalyticsApi.live().getString("ordersToday"));
    assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).hasSize(4);
    assertThat(browser.findElements(By.cssSelector("#revenue-chart svg rect.chart__bar")))
        .hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#monthly-chart svg polyline"))).hasSize(1);
  }

  @Test
  void anAdministratorStartsARunFromTheBatchPageAndSeesIt() {
    signInAsAdmin();
    open("admin/batch.xhtml");

    press(By.id("start"));

    assertThat(text(By.id("confirmations"))).matches("Run \\d+ started\\.");
    var runId = text(By.id("confirmations")).replaceAll("\\D", "");
    assertThat(browser.findElements(By.cssSelector("#runs .run-row td:first-child")))
        .extracting(cell -> cell.getText())
        .contains(runId);
    awaitCompleted(Long.parseLong(runId));
  }

  private static void awaitCompleted(long executionId) {
    assertThat(AnalyticsApi.awaitEnd(executionId).getString("status")).isEqualTo("COMPLETED");
  }

  private void signInAsAdmin() {
    open("login.xhtml");
    type("email", RunningShop.admin().email());
    type("password", RunningShop.admin().password());
    press(By.id("sign-in"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out-form:sign-out")));
  }
}
