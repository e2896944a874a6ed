package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator creates a product in the console, uploads its picture and edits it, and then
 * finds it in the storefront and in search.
 */
@ExtendWith(RunningShop.class)
class CatalogAdminBrowserIT extends ShopBrowserTest {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  @Test
  void anAdministratorCreatesAProductWithAPictureAndShoppersFindIt() throws IOException {
    var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    signInAsAdministrator();

    open("admin/products.xhtml");
    press(By.id("new-product"));
    type("name", "Lantern " + word);
    type("description", "A brass lantern for long evenings.");
    new Select(browser.findElement(By.id("brandId"))).selectByIndex(1);
    aisleOption().click();
    new Select(browser.findElement(By.id("status"))).selectByValue("active");
    type("price", "twelve");
    type("attributes", "Material: brass");
    press(By.id("save"));
    assertThat(text(By.id("price-error"))).isEqualTo("Give an amount such as 19.99.");

    type("price", "29.90");
    press(By.id("save"));
    assertThat(browser.getCurrentUrl()).contains("admin/product.xhtml?product=");
    var consolePage = browser.getCurrentUrl();
    assertThat(text(By.id("confirmations"))).contains("Product Lantern " + word + " created.");

    var picture =
        Files.createTempFile(Files.createDirectories(Path.of("target", "tmp")), "lantern", ".png");
    Files.write(picture, PNG);
    browser.findElement(By.id("image")).sendKeys(picture.toAbsolutePath().toString());
    type("alt", "The lantern, lit");
    press(By.id("upload"));
    assertThat(text(By.id("confirmations"))).contains("Picture added.");
    assertThat(browser.findElement(By.cssSelector(".console-pictures img")).getAttribute("src"))
        .contains("/media/");

    type("name", "Lantern " + word + " deluxe");
    press(By.id("save"));
    assertThat(text(By.id("confirmations"))).contains("saved");

    press(By.id("storefront-link"));
    assertThat(text(By.id("product-name"))).isEqualTo("Lantern " + word + " deluxe");
    assertThat(browser.findElement(By.id("main-image")).getAttribute("src")).contains("/media/");
    assertThat(browser.findElement(By.id("main-image")).getAttribute("alt"))
        .isEqualTo("The lantern, lit");

    awaitInSearch(word, "Lantern " + word + " deluxe");

    browser.get(consolePage);
    press(By.id("archive"));
    assertThat(text(By.id("confirmations"))).contains("archived");
    open("p/lantern-" + word);
    assertThat(text(By.id("not-found-heading"))).isEqualTo("We couldn’t find that page");
  }

  private void awaitInSearch(String query, String name) {
    var found =
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofSeconds(1))
            .until(
                driver -> {
                  open("search.xhtml?q=" + query);
                  return driver.findElements(By.cssSelector(".product-card__name a")).stream()
                      .map(WebElement::getText)
                      .filter(name::equals)
                      .findFirst()
                      .orElse(null);
                });
    assertThat(found).isEqualTo(name);
  }

  private WebElement aisleOption() {
    return browser.findElements(By.cssSelector("#categoryId option")).stream()
        .filter(option -> option.getText().contains("›"))
        .findFirst()
        .orElseThrow();
  }

  private void signInAsAdministrator() {
    open("login.xhtml");
    type("email", RunningShop.admin().email());
    type("password", RunningShop.admin().password());
    press(By.id("sign-in"));
  }
}
