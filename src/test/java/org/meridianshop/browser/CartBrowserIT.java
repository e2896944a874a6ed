package org.meridianshop.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A guest fills a cart from a product page, changes a quantity and empties it again. */
@ExtendWith(RunningShop.class)
class CartBrowserIT extends ShopBrowserTest {

  @Test
  void aGuestAddsChangesAndRemovesAnItem() {
    browser.get(RunningShop.baseUri().resolve("p/" + productWithStock(3)).toString());
    assertThat(miniCart()).isEqualTo("(0)");
    var quantity = browser.findElement(By.id("quantity"));
    quantity.clear();
    quantity.sendKeys("2");
    browser.findElement(By.id("add-to-cart")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cart-message")));
    assertThat(text("cart-message")).isEqualTo("Added to your cart.");
    assertThat(miniCart()).isEqualTo("(2)");
    var unit = amount(browser.findElement(By.cssSelector(".cart-line__price")).getText());
    assertThat(amount(text("cart-subtotal")))
        .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(2)));

    var line = browser.findElement(By.cssSelector(".cart-line input[name=quantity]"));
    line.clear();
    line.sendKeys("3");
    browser.findElement(By.cssSelector(".cart-line input[value=Update]")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".mini-cart__count"), "(3)"));
    assertThat(amount(text("cart-subtotal")))
        .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(3)));
    assertThat(amount(browser.findElement(By.cssSelector(".mini-cart__subtotal")).getText()))
        .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(3)));

    browser.findElement(By.cssSelector(".cart-line input[value=Remove]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cart-empty")));
    assertThat(miniCart()).isEqualTo("(0)");
  }

  private String miniCart() {
    return browser.findElement(By.cssSelector(".mini-cart__count")).getText();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** "$158.98 each" → 158.98 */
  private static BigDecimal amount(String shown) {
    return new BigDecimal(shown.replaceAll("[^0-9.]", ""));
  }

  private static String productWithStock(int atLeast) {
    List<Map<String, Object>> items =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("inStock", true)
            .queryParam("size", 50)
            .get("api/products")
            .jsonPath()
            .getList("items");
    // the product page offers its first variant, and the cart checks that variant's stock
    return items.stream()
        .filter(p -> ((Number) p.get("availableQuantity")).intValue() >= atLeast)
        .filter(
            p ->
                InventoryApi.stock(Long.parseLong((String) p.get("id")))
                        .getInt("variants[0].available")
                    >= atLeast)
        .map(p -> (String) p.get("slug"))
        .findFirst()
        .orElseThrow();
  }
}
