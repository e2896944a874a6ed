package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.EmailLinks;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A shopper's account from the first visit on, in a real browser: registering, confirming the email
 * with the link the shop sends, signing out and in, changing the password, and resetting a
 * forgotten one. Every browser sign-in shares one client address and its limit of five failures, so
 * the whole class fails a sign-in once, on purpose.
 */
@ExtendWith(RunningShop.class)
class AccountJourneyBrowserIT extends ShopBrowserTest {

  private static final String FIRST = "first horse battery staple";
  private static final String SECOND = "second horse battery staple";
  private static final String THIRD = "third horse battery staple";

  @Test
  void registerVerifyChangeAndResetThePassword() {
    var email = PageClient.uniqueEmail("ann");

    register(email, FIRST);
    assertThat(heading()).isEqualTo("Hello, Ann");
    assertThat(text(By.id("email-status"))).isEqualTo("Not verified yet");

    open(EmailLinks.emailVerification(email));
    assertThat(browser.findElements(By.id("verified")))
        .as("nothing happens before the click")
        .isEmpty();
    press(By.id("verify"));
    assertThat(text(By.id("verified"))).contains("verified");
    open("account/index.xhtml");
    assertThat(text(By.id("email-status"))).isEqualTo("Verified");

    signOut();
    signIn(email, FIRST);
    assertThat(heading()).isEqualTo("Hello, Ann");

    open("account/password.xhtml");
    type("currentPassword", FIRST);
    type("newPassword", SECOND);
    type("repeatedPassword", SECOND);
    press(By.id("change-password"));
    assertThat(text(By.id("confirmations"))).contains("signed out");

    signOut();
    signIn(email, FIRST);
    assertThat(text(By.id("alerts"))).isEqualTo("The email or password is wrong.");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("alerts");
    signIn(email, SECOND);
    assertThat(heading()).isEqualTo("Hello, Ann");

    signOut();
    open("forgot-password.xhtml");
    type("email", email);
    press(By.id("send"));
    assertThat(text(By.id("confirmations")))
        .isEqualTo("If an account exists for that email, we sent a link to reset its password.");
    open(EmailLinks.passwordReset(email));
    type("newPassword", THIRD);
    type("repeatedPassword", THIRD);
    press(By.id("reset"));
    assertThat(text(By.id("confirmations"))).contains("Your password is changed");
    signIn(email, THIRD);
    assertThat(heading()).isEqualTo("Hello, Ann");
  }

  @Test
  void refusedFieldsAreExplainedNextToThemAndTheFirstGetsTheFocus() {
    open("register.xhtml");
    type("email", "ann@localhost");
    type("password", "short");
    type("firstName", "Ann");
    press(By.id("register"));

    assertThat(text(By.id("email-error"))).isEqualTo("Give a valid email address.");
    assertThat(text(By.id("password-error"))).contains("at least 8 characters");
    assertThat(text(By.id("lastName-error"))).isEqualTo("This field is required.");
    var email = browser.findElement(By.id("email"));
    assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(email.getAttribute("aria-describedby")).isEqualTo("email-error");
    assertThat(browser.switchTo().activeElement()).isEqualTo(email);
    assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Ann");
  }

  @Test
  void theAddressBookAddsEditsPrefersAndRemoves() {
    register(PageClient.uniqueEmail("bob"), FIRST);
    open("account/addresses.xhtml");
    assertThat(browser.findElements(By.id("no-addresses"))).hasSize(1);

    addAddress("Bob Home", "1 Main Street", "12345", "Springfield", "US");
    addAddress("Bob Office", "2 Side Street", "54321", "Shelbyville", "US");
    assertThat(addressCards()).hasSize(2);
    assertThat(card("Bob Home").getText()).contains("Default");
    assertThat(card("Bob Office").getText()).doesNotContain("Default");

    card("Bob Office").findElement(By.cssSelector("input[value='Make default']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("confirmations"), "default"));
    assertThat(card("Bob Office").getText()).contains("Default");
    assertThat(card("Bob Home").getText()).doesNotContain("Default");

    card("Bob Home").findElement(By.cssSelector("input[value='Edit']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("address-form-heading"), "Change the address"));
    var street = browser.findElement(By.id("line1"));
    assertThat(street.getAttribute("value")).isEqualTo("1 Main Street");
    street.clear();
    street.sendKeys("3 New Street");
    press(By.id("save-address"));
    assertThat(card("Bob Home").getText()).contains("3 New Street");

    card("Bob Home").findElement(By.cssSelector("input[value='Remove']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("confirmations"), "removed"));
    assertThat(addressCards()).hasSize(1);
    assertThat(card("Bob Office").getText()).contains("Default");
  }

  private void register(String email, String password) {
    open("register.xhtml");
    type("email", email);
    type("password", password);
    type("firstName", email.startsWith("bob") ? "Bob" : "Ann");
    type("lastName", "Doe");
    press(By.id("register"));
    wait.until(ExpectedConditions.urlContains("/account/index.xhtml"));
  }

  private void signIn(String email, String password) {
    open("login.xhtml");
    type("email", email);
    type("password", password);
    press(By.id("sign-in"));
  }

  private void signOut() {
    press(By.id("sign-out-form:sign-out"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
  }

  private void addAddress(
      String name, String street, String postalCode, String city, String country) {
    type("name", name);
    type("line1", street);
    type("postalCode", postalCode);
    type("city", city);
    type("country", country);
    press(By.id("save-address"));
    assertThat(text(By.id("confirmations"))).isEqualTo("The address is added.");
  }

  private java.util.List<WebElement> addressCards() {
    return browser.findElements(By.cssSelector(".address-card"));
  }

  private WebElement card(String name) {
    return addressCards().stream()
        .filter(c -> c.getText().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No address card for " + name));
  }

  /** Opens an emailed link on the shop under test (its path and query; the host may differ). */
  private void open(URI link) {
    open(link.getRawPath().substring(1) + "?" + link.getRawQuery());
  }

  private String heading() {
    return text(By.tagName("h1"));
  }
}
