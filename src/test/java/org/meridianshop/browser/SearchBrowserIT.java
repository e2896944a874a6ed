package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper searching from the header: suggestions under the box chosen with the keyboard, the
 * results page, and a brand facet narrowing the results to its count.
 */
@ExtendWith(RunningShop.class)
class SearchBrowserIT {

  private static final By BOX = By.id("search-query");
  private static final By OPTIONS = By.cssSelector("#search-suggestions [role='option']");
  private static final By CARDS = By.cssSelector(".product-grid .product-card");

  private static WebDriver browser;
  private static WebDriverWait wait;

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

  @Test
  void suggestionsAreChosenWithTheKeyboard() {
    browser.get(RunningShop.baseUri().toString());
    var box = browser.findElement(BOX);
    box.sendKeys("lapt");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-suggestions")));
    List<WebElement> options = wait.until(d -> nonEmpty(d.findElements(OPTIONS)));
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

    box.sendKeys(Keys.ARROW_DOWN);
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
    assertThat(box.getAttribute("aria-activedescendant"))
        .isEqualTo(options.get(0).getAttribute("id"));
    if (options.size() > 1) {
      box.sendKeys(Keys.ARROW_DOWN);
      assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
      box.sendKeys(Keys.ARROW_UP);
    }
    box.sendKeys(Keys.ESCAPE);
    assertThat(browser.findElement(By.id("search-suggestions")).isDisplayed()).isFalse();
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

    box.sendKeys(Keys.ARROW_DOWN);
    wait.until(d -> nonEmpty(d.findElements(OPTIONS)));
    box.sendKeys(Keys.ARROW_DOWN);
    var chosen = browser.findElements(OPTIONS).get(0).getText();
    box.sendKeys(Keys.ENTER);

    wait.until(ExpectedConditions.urlContains("search.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(chosen);
    assertThat(browser.findElement(BOX).getAttribute("value")).isEqualTo(chosen);
    assertThat(browser.findElements(CARDS)).isNotEmpty();
  }

  @Test
  void aBrandFacetNarrowsTheResultsToItsCount() {
    browser.get(RunningShop.baseUri() + "search.xhtml?q=laptop");
    var total = count();
    var brand = browser.findElement(By.cssSelector("#facet-brand input[type='checkbox']"));
    var label = brand.findElement(By.xpath("./.."));
    var expected = Long.parseLong(label.getText().replaceAll("(?s).*\\((\\d+)\\).*", "$1"));
    var brandName = label.getText().replaceAll("\\s*\\(\\d+\\)\\s*$", "").strip();
    assertThat(expected).isLessThan(total);
    brand.click();
    browser.findElement(By.cssSelector("#search-filters button[type='submit']")).click();

    wait.until(ExpectedConditions.urlContains("brand="));
    assertThat(count()).isEqualTo(expected);
    assertThat(browser.findElements(By.cssSelector(".product-card__brand")))
        .allSatisfy(b -> assertThat(b.getText()).isEqualToIgnoringCase(brandName));
  }

  @Test
  void aCategoryFacetLinkShowsThatCategoryOnly() {
    browser.get(RunningShop.baseUri() + "search.xhtml?q=laptop");
    var link = browser.findElement(By.cssSelector("#facet-category a[data-facet-value]"));
    var slug = link.getAttribute("data-facet-value");
    link.click();
    wait.until(ExpectedConditions.urlContains("category=" + slug));
    assertThat(
            browser
                .findElement(By.cssSelector("#facet-category a[aria-current='true']"))
                .getAttribute("data-facet-value"))
        .isEqualTo(slug);
  }

  @Test
  void aSearchWithNoResultsSaysSo() {
    browser.get(RunningShop.baseUri() + "search.xhtml?q=lapzzzqq");
    assertThat(browser.findElement(By.id("no-results")).getText()).contains("lapzzzqq");
  }

  private static long count() {
    var text = browser.findElement(By.id("result-count")).getText();
    return Long.parseLong(text.replaceAll("(?s).* of (\\d+) product.*", "$1"));
  }

  private static List<WebElement> nonEmpty(List<WebElement> elements) {
    return elements.isEmpty() ? null : elements;
  }
}
