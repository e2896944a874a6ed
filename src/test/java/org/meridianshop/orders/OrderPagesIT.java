package org.meridianshop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * The order pages over plain HTTP: who may open which, and a checkout form sent twice placing one
 * order.
 */
@ExtendWith(RunningShop.class)
class OrderPagesIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern IDEMPOTENCY_KEY =
      Pattern.compile("id=\"idempotencyKey\"[^>]*value=\"([^\"]+)\"");

  @Test
  void anotherCustomersOrderPageIsNotFound() {
    var stock = Stock.of(78, 5);
    var owner = Shopper.register();
    owner.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = owner.placeOrder("pm_card_visa");
    var stranger = new PageClient();
    stranger.register(PageClient.uniqueEmail("stranger"), PASSWORD);

    var refused = stranger.get("account/order.xhtml?id=" + orderId);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain(owner.email()).doesNotContain("order-status");
    var ownPage = new PageClient();
    assertThat(ownPage.signIn(owner.email(), Shopper.PASSWORD)).isTrue();
    var own = ownPage.get("account/order.xhtml?id=" + orderId);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Order " + orderId).contains("id=\"order-status\"");
  }

  @Test
  void theOrderConsoleNeedsAnAdministrator() {
    var stock = Stock.of(79, 5);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = shopper.placeOrder("pm_card_visa");

    var guest = new PageClient().get("admin/orders.xhtml");
    assertThat(guest.statusCode()).isEqualTo(302);
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("customer"), PASSWORD);
    assertThat(customer.get("admin/orders.xhtml").statusCode()).isEqualTo(403);
    assertThat(customer.get("admin/order.xhtml?id=" + orderId).statusCode()).isEqualTo(403);

    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    var list = admin.get("admin/orders.xhtml?email=" + shopper.email());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("data-order=\"" + orderId + "\"");
    var detail = admin.get("admin/order.xhtml?id=" + orderId);
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains(shopper.email()).contains("Payment audit trail");
  }

  @Test
  void anAdministratorShipsAndDeliversAnOrderFromTheConsole() {
    var stock = Stock.of(78, 5);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = shopper.placeOrder("pm_card_visa");
    shopper.awaitStatus(orderId, "confirmed");
    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    var page = "admin/order.xhtml?id=" + orderId;

    var shipped =
        admin.submit(
            page,
            "ship-form",
            "mark-shipped",
            Map.of("id", orderId, "carrier", "Parcelway", "trackingNumber", "PW123456789"));
    assertThat(shipped.statusCode()).isEqualTo(302);
    assertThat(admin.get(page).body())
        .contains("The order is marked shipped.")
        .contains("data-status=\"shipped\"")
        .contains("PW123456789")
        .doesNotContain("id=\"cancel-order\"");

    var delivered = admin.submit(page, "deliver-form", "mark-delivered", Map.of("id", orderId));
    assertThat(delivered.statusCode()).isEqualTo(302);
    assertThat(shopper.order(orderId).getString("status")).isEqualTo("delivered");
  }

  @Test
  void aCustomerCancelsAnOrderFromItsPage() {
    var stock = Stock.of(79, 5);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 2);
    var orderId = shopper.placeOrder("pm_card_visa");
    shopper.awaitStatus(orderId, "confirmed");
    var customer = new PageClient();
    assertThat(customer.signIn(shopper.email(), Shopper.PASSWORD)).isTrue();
    var page = "account/order.xhtml?id=" + orderId;

    var cancelled = customer.submit(page, "cancel-form", "cancel-order", Map.of("id", orderId));

    assertThat(cancelled.statusCode()).isEqualTo(302);
    assertThat(customer.get(page).body())
        .contains("Your order is cancelled")
        .contains("data-status=\"cancelled\"")
        .doesNotContain("id=\"cancel-order\"");
    stock.awaitAvailable(5);
  }

  @Test
  void checkoutSendsAGuestToSignInAndBack() {
    var refused = new PageClient().get("checkout.xhtml");

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(
            URLDecoder.decode(
                refused.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
        .endsWith("/login.xhtml?next=/checkout.xhtml");
  }

  @Test
  void theCheckoutFormSentTwicePlacesOneOrder() {
    var stock = Stock.of(80, 5);
    var customer = new PageClient();
    var email = PageClient.uniqueEmail("twice");
    customer.register(email, PASSWORD);
    var added =
        customer.post(
            "cart/add",
            Map.of(
                "productId", Long.toString(stock.productId()),
                "variantId", Long.toString(stock.variantId()),
                "quantity", "1"));
    assertThat(added.headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).contains("outcome=added"));
    var form = customer.get("checkout.xhtml").body();
    var key = IDEMPOTENCY_KEY.matcher(form);
    assertThat(key.find()).as("the form carries an idempotency key").isTrue();
    // a double click, or a reload that resends the post: the same form, state and key twice
    var sent = order(key.group(1));
    sent.put("checkout-form", "checkout-form");
    sent.put("jakarta.faces.ViewState", PageClient.viewState(form).orElseThrow());
    sent.put("place-order", "Place order");

    var first = customer.post("checkout.xhtml", sent);
    var second = customer.post("checkout.xhtml", sent);

    assertThat(first.statusCode()).isEqualTo(302);
    var orderPage = first.headers().firstValue("Location").orElseThrow();
    assertThat(orderPage).contains("/account/order.xhtml?id=");
    assertThat(second.headers().firstValue("Location")).hasValue(orderPage);
    var list = customer.get("account/orders.xhtml").body();
    assertThat(Pattern.compile("class=\"order-row\"").matcher(list).results().count()).isEqualTo(1);
  }

  @Test
  void aRefusedCheckoutShowsTheErrorNextToTheField() {
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("typo"), PASSWORD);
    var stock = Stock.of(80, 5);
    customer.post(
        "cart/add",
        Map.of(
            "productId", Long.toString(stock.productId()),
            "variantId", Long.toString(stock.variantId()),
            "quantity", "1"));
    var fields = order("typo-" + System.nanoTime());
    fields.put("shippingAddress-postalCode", "!");

    var refused = customer.submit("checkout.xhtml", "checkout-form", "place-order", fields);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .containsPattern("id=\"shippingAddress-postalCode-error\"[^>]*>[^<]+")
        .contains("id=\"shippingAddress-postalCode\"");
  }

  private static Map<String, String> order(String idempotencyKey) {
    var fields = new HashMap<String, String>();
    fields.put("idempotencyKey", idempotencyKey);
    fields.put("shippingChoice", "new");
    fields.put("shippingAddress-name", "Tess Twice");
    fields.put("shippingAddress-line1", "7 Harbour Street");
    fields.put("shippingAddress-postalCode", "BS1 4RN");
    fields.put("shippingAddress-city", "Bristol");
    fields.put("shippingAddress-country", "GB");
    fields.put("billingSameAsShipping", "on");
    fields.put("shippingMethod", "standard");
    fields.put("paymentMethod", "pm_card_visa");
    return fields;
  }
}
