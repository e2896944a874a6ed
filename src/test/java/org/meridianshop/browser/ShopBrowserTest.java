package org.meridianshop.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium for each test, on the shop under test, with the moves the browser tests
 * share: open a page, type into a field, press a button and wait for the page that answers, read an
 * element's text.
 */
abstract class ShopBrowserTest {

  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Opens a page of the shop by its path (relative to the shop's address). */
  protected void open(String path) {
    browser.get(RunningShop.baseUri().resolve(path).toString());
  }

  protected void type(String id, String value) {
    var field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** Presses a button (or follows a link) and waits for the page that answers. */
  protected void press(By button) {
    var html = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    wait.until(HeadlessChromium.gone(html));
  }

  protected String text(By element) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(element)).getText().trim();
  }
}
