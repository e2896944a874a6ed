package org.meridianshop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationTemplatesTest {

  private static final String SHOP = "https://shop.example/";
  private final NotificationTemplates templates =
      new NotificationTemplates(NotificationTemplates.Brand.of(SHOP));

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindRendersASubjectATextAndABrandedPage(NotificationKind kind) {
    var message = templates.render(kind, NotificationSamples.of(kind, SHOP));

    assertThat(message.subject()).isNotBlank().doesNotContain("${");
    assertThat(message.text()).contains("The Meridian Shop team").doesNotContain("<");
    assertThat(message.html())
        .startsWith("<!DOCTYPE html>")
        .contains("#0b5563", SHOP + "themes/default/images/logo.svg");
  }

  @Test
  void theVerificationEmailCarriesTheLinkInBothParts() {
    var data = new HashMap<>(NotificationSamples.of(NotificationKind.WELCOME_EMAIL, SHOP));
    data.put("link", SHOP + "verify-email.xhtml?token=abc&x=1");

    var message = templates.render(NotificationKind.WELCOME_EMAIL, data);

    assertThat(message.subject()).isEqualTo("Welcome to Meridian Shop: please confirm your email");
    assertThat(message.text())
        .startsWith("Hello Ada,")
        .contains("Confirm my email: " + SHOP + "verify-email.xhtml?token=abc&x=1");
    assertThat(message.html())
        .contains("href=\"" + SHOP + "verify-email.xhtml?token=abc&amp;x=1\"");
  }

  @Test
  void dataIsEscapedInTheHtmlPart() {
    var data = new HashMap<>(NotificationSamples.of(NotificationKind.ORDER_CANCELLED, SHOP));
    data.put("reason", "<script>alert(1)</script>");

    var message = templates.render(NotificationKind.ORDER_CANCELLED, data);

    assertThat(message.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(message.text()).contains("Reason: <script>alert(1)</script>");
  }

  @Test
  void theOrderConfirmationListsItsLinesAndTotal() {
    var message =
        templates.render(
            NotificationKind.ORDER_CONFIRMATION,
            NotificationSamples.of(NotificationKind.ORDER_CONFIRMATION, SHOP));

    assertThat(message.text())
        .startsWith("Hello,")
        .contains("- 2 × Harbor USB-C Cable: 29.98 USD", "Total: 1328.98 USD");
  }

  @Test
  void theShipmentTextMessageIsOneShortLine() {
    var message =
        templates.renderSms(
            NotificationKind.SHIPMENT_NOTIFICATION,
            NotificationSamples.of(NotificationKind.SHIPMENT_NOTIFICATION, SHOP));

    assertThat(message.text())
        .isEqualTo(
            "Meridian Shop: your order 3f9c2a1e-5b7d-4e21-9a0c-8d6f4b2e1c77 has shipped with UPS,"
                + " tracking number 1Z999AA10123456784.")
        .hasSizeLessThan(160);
    assertThat(message.html()).isNull();
  }

  @Test
  void everyKindThatIsPushedHasATitleAndAShortBody() {
    for (var kind : NotificationKind.values()) {
      if (kind.sentOn(Channel.PUSH)) {
        var message = templates.renderPush(kind, NotificationSamples.of(kind, SHOP));

        assertThat(message.subject()).as(kind.template()).isNotBlank();
        assertThat(message.text()).as(kind.template()).isNotBlank().hasSizeLessThan(200);
      }
    }
    assertThat(
            templates
                .renderPush(
                    NotificationKind.SHIPMENT_NOTIFICATION,
                    NotificationSamples.of(NotificationKind.SHIPMENT_NOTIFICATION, SHOP))
                .text())
        .isEqualTo("Shipped with UPS, tracking number 1Z999AA10123456784.");
  }
}
