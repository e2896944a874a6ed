package org.meridianshop.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer checks out in a real browser with the offline gateway's test cards: from the cart to
 * the order page, which follows the payment until the order is confirmed, also through the bank's
 * (emulated) 3-D Secure step.
 */
@ExtendWith(RunningShop.class)
class CheckoutBrowserIT extends ShopBrowserTest {

  @Test
  void aCustomerPaysWithTheTestVisaAndSeesTheOrderConfirmed() {
    register();
    addToCart(76);

    checkOut("pm_card_visa");

    awaitStatus("confirmed");
    assertThat(text(By.id("payment-status"))).isEqualTo("succeeded");
    assertThat(browser.findElements(By.cssSelector(".order-item"))).hasSize(1);
    assertThat(text(By.id("order-heading"))).contains(orderId());
    open("account/orders.xhtml");
    assertThat(text(By.cssSelector(".order-row .badge"))).isEqualTo("confirmed");
  }

  @Test
  void aCustomerApprovesTheBanksChallengeAndSeesTheOrderConfirmed() {
    register();
    addToCart(77);

    checkOut("pm_card_threeDSecure2Required");

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-payment")));
    assertThat(text(By.id("order-status"))).isEqualTo("pending");
    assertThat(text(By.id("bank-challenge"))).contains("No money moves");
    press(By.id("approve-payment"));

    awaitStatus("confirmed");
    assertThat(text(By.id("payment-status"))).isEqualTo("succeeded");
    assertThat(browser.findElements(By.id("bank-challenge"))).isEmpty();
  }

  @Test
  void aDeclinedCardFailsTheOrderAndThePageSaysWhy() {
    register();
    addToCart(76);

    checkOut("pm_card_chargeDeclined");

    awaitStatus("failed");
    assertThat(text(By.id("order-failure"))).contains("declined");
    assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
  }

  private void register() {
    open("register.xhtml");
    type("email", PageClient.uniqueEmail("checkout"));
    type("password", "correct horse battery staple");
    type("firstName", "Cara");
    type("lastName", "Buyer");
    press(By.id("register"));
    wait.until(ExpectedConditions.urlContains("/account/index.xhtml"));
  }

  /** Puts one unit of the product (its first variant, counted to 5 in stock) into the cart. */
  private void addToCart(long productId) {
    var variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 5);
    String slug =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .get("api/products/{id}", productId)
            .then()
            .statusCode(200)
            .extract()
            .path("slug");
    open("p/" + slug);
    if (!browser.findElements(By.id("variant")).isEmpty()) {
      new Select(browser.findElement(By.id("variant"))).selectByValue(Long.toString(variantId));
    }
    press(By.id("add-to-cart"));
    assertThat(text(By.id("cart-message"))).isEqualTo("Added to your cart.");
  }

  private void checkOut(String testCard) {
    press(By.id("checkout"));
    assertThat(text(By.id("test-mode"))).contains("no money moves");
    type("shippingAddress-name", "Cara Buyer");
    type("shippingAddress-line1", "5 Quay Street");
    type("shippingAddress-postalCode", "BS1 4RN");
    type("shippingAddress-city", "Bristol");
    type("shippingAddress-country", "GB");
    new Select(browser.findElement(By.id("paymentMethod"))).selectByValue(testCard);
    assertThat(text(By.id("review-total"))).startsWith("$");
    press(By.id("place-order"));
    wait.until(ExpectedConditions.urlContains("/account/order.xhtml?id="));
  }

  /** Waits while the page reloads itself, until the order reaches the status. */
  private void awaitStatus(String status) {
    wait.until(ExpectedConditions.textToBe(By.id("order-status"), status));
  }

  private String orderId() {
    var url = browser.getCurrentUrl();
    return url.substring(url.indexOf("id=") + 3);
  }
}
