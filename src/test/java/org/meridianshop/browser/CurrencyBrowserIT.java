package org.meridianshop.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A shopper picks euros in the header and keeps seeing euros, on every page and in the cart. */
@ExtendWith(RunningShop.class)
class CurrencyBrowserIT extends ShopBrowserTest {

  @Test
  void euroPricesFollowTheShopperFromPageToPageAndIntoTheCart() {
    var product = productInStock();
    browser.get(RunningShop.baseUri().toString());
    assertThat(price(By.cssSelector("#featured .price"))).startsWith("$");

    pick("EUR");

    wait.until(ExpectedConditions.urlContains("currency=EUR"));
    assertThat(price(By.cssSelector("#featured .price"))).startsWith("€");

    browser.get(RunningShop.baseUri().resolve("p/" + product.get("slug")).toString());
    assertThat(selected()).isEqualTo("EUR");
    var shown = browser.findElement(By.id("product-price"));
    assertThat(shown.getText()).startsWith("€");
    assertThat(shown.getAttribute("data-amount")).isEqualTo(euroPriceOf(product));

    browser.findElement(By.id("add-to-cart")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cart-message")));
    assertThat(price(By.cssSelector(".cart-line__price"))).startsWith("€");
    assertThat(price(By.id("cart-subtotal"))).startsWith("€");
    assertThat(price(By.id("mini-cart-total"))).isEqualTo(price(By.id("cart-subtotal")));

    var cookie = browser.manage().getCookieNamed("currency");
    assertThat(cookie.getValue()).isEqualTo("EUR");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Lax");
    assertThat(Duration.between(java.time.Instant.now(), cookie.getExpiry().toInstant()))
        .isGreaterThan(Duration.ofDays(364));
  }

  @Test
  void pickingACurrencyKeepsTheSearchOnScreen() {
    browser.get(RunningShop.baseUri().resolve("search.xhtml?q=laptop&sort=price_asc").toString());

    pick("GBP");

    wait.until(ExpectedConditions.urlContains("currency=GBP"));
    assertThat(browser.getCurrentUrl()).contains("q=laptop").contains("sort=price_asc");
    assertThat(price(By.cssSelector(".product-card .price"))).startsWith("£");
    assertThat(browser.findElement(By.id("search-query")).getAttribute("value"))
        .isEqualTo("laptop");
  }

  private void pick(String currency) {
    new Select(browser.findElement(By.id("currency"))).selectByValue(currency);
  }

  private String selected() {
    return new Select(browser.findElement(By.id("currency")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  private String price(By where) {
    return browser.findElement(where).getText();
  }

  private static Map<String, Object> productInStock() {
    List<Map<String, Object>> items =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("inStock", true)
            .get("api/products")
            .jsonPath()
            .getList("items");
    return items.get(0);
  }

  private static String euroPriceOf(Map<String, Object> product) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .queryParam("currency", "EUR")
        .get("api/products/" + product.get("id"))
        .jsonPath()
        .getString("price.amount");
  }
}
