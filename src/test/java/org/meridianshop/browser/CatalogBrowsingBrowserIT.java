package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper browsing the catalog in a real browser: departments on the home page, a category
 * filtered and sorted through its form, paging, a product page and the not-found page. Category,
 * brand and product are discovered from the pages, so the test does not depend on the demo data.
 */
@ExtendWith(RunningShop.class)
class CatalogBrowsingBrowserIT {

  private static final By PRODUCT_CARDS = By.cssSelector(".product-grid .product-card");
  private static final By DEPARTMENT_LINKS = By.cssSelector(".department-card h3 a");

  private static WebDriver browser;
  private static WebDriverWait wait;

  private URI shop;

  @BeforeAll
  static void startBrowser() {
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void openHomePage() {
    shop = RunningShop.baseUri();
    browser.get(shop.toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("featured")));
  }

  @Test
  void homePageShowsDepartmentsWithSubcategoriesAndFeaturedProducts() {
    assertThat(browser.findElements(DEPARTMENT_LINKS)).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".department-card .chip"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#featured .product-card"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("nav.departments")).getText()).isNotBlank();
  }

  @Test
  void brandFilterAndSortAreAppliedThroughTheFormAndKeptInTheAddress() {
    openFirstDepartment();
    var brandBox = browser.findElement(By.cssSelector("#listing-filters input[name=brand]"));
    var brandSlug = brandBox.getAttribute("value");
    var brandName = brandBox.findElement(By.xpath("..")).getText().trim();

    brandBox.click();
    new Select(browser.findElement(By.id("sort"))).selectByValue("price_asc");
    submitFilters();
    wait.until(ExpectedConditions.urlContains("sort=price_asc"));

    assertThat(browser.getCurrentUrl()).contains("brand=" + brandSlug);
    var cards = browser.findElements(PRODUCT_CARDS);
    assertThat(cards).isNotEmpty();
    assertThat(cards)
        .allSatisfy(
            card ->
                assertThat(card.findElement(By.className("product-card__brand")).getText())
                    .isEqualToIgnoringCase(brandName));
    assertThat(prices(cards)).isSorted();
    assertThat(
            browser
                .findElement(By.cssSelector("#listing-filters input[value='" + brandSlug + "']"))
                .isSelected())
        .as("the form shows the brand filter it applied")
        .isTrue();
  }

  @Test
  void nextPageContinuesTheSortedListing() {
    var category = categoryWithMoreThanOnePage();
    assertThat(category).as("a category of the demo catalog with a second page").isPresent();
    browser.get(category.get() + "?sort=price_asc");
    var firstPage = prices(browser.findElements(PRODUCT_CARDS));

    var next = browser.findElement(By.cssSelector(".pagination a[rel=next]"));
    next.click();
    wait.until(HeadlessChromium.gone(next));
    wait.until(ExpectedConditions.urlContains("page=2"));

    assertThat(browser.getCurrentUrl()).contains("sort=price_asc");
    assertThat(browser.findElement(By.cssSelector(".pagination [aria-current=page]")).getText())
        .endsWith("2");
    var secondPage = prices(browser.findElements(PRODUCT_CARDS));
    assertThat(secondPage).isNotEmpty().isSorted();
    assertThat(secondPage.get(0)).isGreaterThanOrEqualTo(firstPage.get(firstPage.size() - 1));
  }

  @Test
  void productPageShowsNamePriceStockAndPicture() {
    openFirstDepartment();
    var card = browser.findElements(PRODUCT_CARDS).get(0);
    var name = card.findElement(By.cssSelector(".product-card__name a")).getText();
    var price = card.findElement(By.className("price")).getText();

    card.findElement(By.cssSelector(".product-card__name a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("product-name")));

    assertThat(browser.getCurrentUrl()).contains("/p/");
    assertThat(browser.findElement(By.id("product-name")).getText()).isEqualTo(name);
    assertThat(browser.findElement(By.id("product-price")).getText())
        .isEqualTo(price)
        .matches("\\$[0-9,]+\\.[0-9]{2}");
    assertThat(browser.findElement(By.id("stock-status")).getText())
        .matches("In stock|Only [0-9]+ left|Out of stock");
    var picture = browser.findElement(By.id("main-image"));
    wait.until(driver -> isLoaded(picture));
    assertThat(picture.getAttribute("alt")).isNotBlank();
  }

  @Test
  void unknownProductShowsTheNotFoundPageWithStatus404() throws Exception {
    var unknown = shop.resolve("p/no-such-product-" + UUID.randomUUID());

    browser.get(unknown.toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));

    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("couldn’t find");
    assertThat(statusOf(unknown)).isEqualTo(404);
  }

  @Test
  void invalidFilterInTheAddressIsExplainedAndTheListingStillShows() {
    var category = openFirstDepartment();

    browser.get(category + "?minPrice=-1&sort=bogus");

    var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice")));
    assertThat(notice.getText()).contains("Minimum price").contains("Sort order");
    assertThat(browser.findElements(PRODUCT_CARDS)).isNotEmpty();
  }

  /** Opens the first department from the home page and returns its address. */
  private String openFirstDepartment() {
    browser.findElement(DEPARTMENT_LINKS).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-filters")));
    return browser.getCurrentUrl();
  }

  private Optional<String> categoryWithMoreThanOnePage() {
    var categories =
        browser.findElements(By.cssSelector(".department-card a")).stream()
            .map(link -> link.getAttribute("href"))
            .toList();
    for (var category : categories) {
      browser.get(category);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-filters")));
      if (!browser.findElements(By.cssSelector(".pagination a[rel=next]")).isEmpty()) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  private void submitFilters() {
    var count = browser.findElement(By.id("result-count"));
    browser.findElement(By.cssSelector("#listing-filters button[type=submit]")).click();
    wait.until(HeadlessChromium.gone(count));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
  }

  private static List<BigDecimal> prices(List<WebElement> cards) {
    return cards.stream()
        .map(
            card ->
                new BigDecimal(card.findElement(By.className("price")).getAttribute("data-amount")))
        .toList();
  }

  private static boolean isLoaded(WebElement image) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser)
            .executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
  }

  private static int statusOf(URI page) throws IOException, InterruptedException {
    // HTTP/1.1 as browsers speak it; an h2c upgrade of an error-page response stalls in Liberty.
    var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    var request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(15)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
