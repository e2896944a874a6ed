package org.meridianshop.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Debian's Chromium, headless, with its own profile under target/ and no calls home. */
final class HeadlessChromium {

  private HeadlessChromium() {}

  static WebDriver start() {
    try {
      var tmp = Files.createDirectories(Path.of("target", "tmp"));
      var options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,900",
          "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-").toAbsolutePath());
      var driver =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .build();
      return new ChromeDriver(driver, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The element's page has gone: like Selenium's {@code stalenessOf}, but also taking Chromium's
   * "does not belong to the document" answer, which it gives instead of a stale element error when
   * it is asked about an element in the middle of a navigation.
   */
  static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException stale) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }
}
