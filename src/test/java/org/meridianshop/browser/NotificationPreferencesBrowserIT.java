package org.meridianshop.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer manages their notifications on the account page, in a real browser: channels per kind
 * (transactional email shown always on), the phone number texts go to, and the devices their app
 * registered for push.
 */
@ExtendWith(RunningShop.class)
class NotificationPreferencesBrowserIT extends ShopBrowserTest {

  private static final String PASSWORD = "correct horse battery";

  @Test
  void channelsPhoneAndDevicesAreChosenOnTheAccountPage() {
    var email = PageClient.uniqueEmail("notified");
    var accessToken = register(email);
    var device = "fcm-browser-" + System.nanoTime();
    api(accessToken)
        .body(Map.of("token", device, "platform", "android"))
        .post("api/users/me/devices")
        .then()
        .statusCode(201);
    signIn(email);

    press(By.linkText("Notifications"));
    assertThat(text(By.tagName("h1"))).isEqualTo("Notifications");
    var resetEmail = checkbox("password_reset", "email");
    assertThat(resetEmail.isSelected()).isTrue();
    assertThat(resetEmail.isEnabled()).isFalse();
    assertThat(checkbox("shipment_notification", "sms").isSelected()).isTrue();
    assertThat(row("welcome_email").findElements(By.cssSelector(".channel-sms input"))).isEmpty();

    checkbox("shipment_notification", "sms").click();
    checkbox("delivery_confirmation", "push").click();
    checkbox("delivery_confirmation", "email").click();
    type("phone", "call me maybe");
    press(By.id("save-preferences"));
    assertThat(text(By.id("phone-error")))
        .isEqualTo("Give a phone number of digits, optionally with +.");

    type("phone", "+1 555 0100");
    press(By.id("save-preferences"));
    assertThat(text(By.id("confirmations"))).isEqualTo("Your notification settings are saved.");

    browser.navigate().refresh();
    assertThat(checkbox("shipment_notification", "sms").isSelected()).isFalse();
    assertThat(checkbox("delivery_confirmation", "push").isSelected()).isFalse();
    assertThat(checkbox("delivery_confirmation", "email").isSelected()).isFalse();
    assertThat(checkbox("shipment_notification", "push").isSelected()).isTrue();
    assertThat(browser.findElement(By.id("phone")).getAttribute("value")).isEqualTo("+1 555 0100");
    var saved =
        api(accessToken).get("api/users/me/notification-preferences").then().extract().jsonPath();
    assertThat(saved.getBoolean("items.find { it.kind == 'shipment_notification' }.channels.sms"))
        .isFalse();

    var listed = browser.findElement(By.cssSelector("li.device[data-token='" + device + "']"));
    assertThat(listed.getText()).startsWith("Android, added");
    press(By.cssSelector("li.device[data-token='" + device + "'] input[value='Remove']"));
    assertThat(text(By.id("confirmations")))
        .isEqualTo("The device no longer receives push notifications.");
    assertThat(browser.findElements(By.id("no-devices"))).hasSize(1);
    assertThat(
            api(accessToken)
                .get("api/users/me/devices")
                .then()
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
  }

  /** Registers through the API, as the app does, and returns the access token. */
  private String register(String email) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(
            Map.of("email", email, "password", PASSWORD, "firstName", "Noor", "lastName", "Haddad"))
        .post("api/users/register")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("accessToken");
  }

  private io.restassured.specification.RequestSpecification api(String accessToken) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .auth()
        .oauth2(accessToken);
  }

  private void signIn(String email) {
    open("login.xhtml");
    type("email", email);
    type("password", PASSWORD);
    press(By.id("sign-in"));
    wait.until(ExpectedConditions.urlContains("/account/"));
  }

  private WebElement row(String kind) {
    return browser.findElement(By.cssSelector("tr[data-kind='" + kind + "']"));
  }

  private WebElement checkbox(String kind, String channel) {
    return row(kind).findElement(By.cssSelector(".channel-" + channel + " input[type='checkbox']"));
  }
}
