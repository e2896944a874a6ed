package org.meridianshop.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartView;
import org.meridianshop.cart.Carts;
import org.meridianshop.customer.Address;
import org.meridianshop.customer.AddressBook;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.customer.web.AddressForm;
import org.meridianshop.customer.web.AddressRow;
import org.meridianshop.order.Checkout;
import org.meridianshop.order.CheckoutRequest;
import org.meridianshop.order.ShippingMethod;
import org.meridianshop.payment.web.StripeElements;
import org.meridianshop.payment.web.TestCards;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.money.Money;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;
import org.meridianshop.platform.web.MoneyFormat;
import org.meridianshop.pricing.PriceConverter;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * The checkout form: where the order goes (an address from the book or a new one), where the
 * invoice goes, how it travels, how it is paid, and a review of the cart at today's prices. The
 * form carries an idempotency key made when it was rendered, so sending it twice places one order.
 */
@Named
@RequestScoped
public class CheckoutPage {

  /** The address choice that means "the address typed into the form". */
  static final String NEW_ADDRESS = "new";

  @Inject Checkout checkout;
  @Inject AddressBook book;
  @Inject Carts carts;
  @Inject CartOwners owners;
  @Inject PriceConverter prices;
  @Inject MoneyFormat moneyFormat;
  @Inject ShopperCurrency currency;
  @Inject StripeElements stripe;
  @Inject CurrentCaller caller;
  @Inject HttpServletRequest request;
  @Inject FacesContext faces;

  private List<AddressRow> addresses;
  private CartView baseCart;
  private CartView cart;

  private String idempotencyKey;
  private String shippingChoice;
  private final AddressForm shipping = new AddressForm();
  private boolean saveShipping;
  private boolean billingSameAsShipping = true;
  private final AddressForm billing = new AddressForm();
  private String shippingMethod = ShippingMethod.STANDARD.label();
  private String paymentMethod;

  /** A cart line at today's price, which is what the order charges. */
  public record ReviewLine(String name, int quantity, Money unitPrice, Money lineTotal) {}

  /** One way to ship, with its cost for this cart. */
  public record ShippingOption(String method, String label, Money cost) {}

  @PostConstruct
  void load() {
    // with Stripe, the card field's script fills the method in; offline, the first test card
    paymentMethod = stripe.isEnabled() ? null : TestCards.VISA;
    addresses =
        book.of(caller.accountId()).stream()
            .filter(a -> a.kind() == Address.Kind.SHIPPING)
            .map(AddressRow::of)
            .toList();
    shippingChoice =
        addresses.stream()
            .filter(AddressRow::preferred)
            .findFirst()
            .or(() -> addresses.stream().findFirst())
            .map(AddressRow::id)
            .orElse(NEW_ADDRESS);
    var owner = owners.of(request);
    baseCart = carts.view(owner, Money.BASE_CURRENCY);
    cart =
        currency.get().equals(Money.BASE_CURRENCY) ? baseCart : carts.view(owner, currency.get());
  }

  public void place() throws IOException {
    try {
      var shippingAddress = shippingAddress();
      var placed =
          checkout.place(
              caller.accountId(),
              idempotencyKey,
              new CheckoutRequest(
                  shippingAddress,
                  billingSameAsShipping ? null : billing.postalAddress(),
                  paymentMethod,
                  shippingMethod),
              currency.get());
      if (saveShipping && NEW_ADDRESS.equals(shippingChoice)) {
        remember(shippingAddress.validated());
      }
      var external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/account/order.xhtml?id=" + placed.orderId());
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  /** The address the customer picked from the book, or the one they typed. */
  private PostalAddress shippingAddress() {
    return addresses.stream()
        .filter(row -> row.id().equals(shippingChoice))
        .findFirst()
        .map(AddressRow::postal)
        .orElseGet(shipping::postalAddress);
  }

  /** Adds the address to the book unless it is there already (a resent form adds it once). */
  private void remember(PostalAddress address) {
    var known =
        book.of(caller.accountId()).stream().anyMatch(a -> a.postalAddress().equals(address));
    if (!known) {
      book.add(caller.accountId(), Address.Kind.SHIPPING, address, addresses.isEmpty());
    }
  }

  public List<ShippingOption> getShippingOptions() {
    return Arrays.stream(ShippingMethod.values())
        .map(m -> new ShippingOption(m.label(), describe(m), shippingCost(m)))
        .toList();
  }

  private String describe(ShippingMethod method) {
    return method == ShippingMethod.STANDARD
        ? "Standard, 3 to 5 working days (free from "
            + moneyFormat.text(prices.convert(ShippingMethod.FREE_STANDARD_FROM, currency.get()))
            + ")"
        : "Express, next working day";
  }

  private Money shippingCost(ShippingMethod method) {
    return prices.convert(method.costFor(todaysSubtotal(baseCart)), currency.get());
  }

  /** The cart's lines at today's prices (the cart itself totals the prices when added). */
  public List<ReviewLine> getReview() {
    return cart.items().stream()
        .map(
            l ->
                new ReviewLine(
                    l.name(),
                    l.quantity(),
                    l.currentUnitPrice(),
                    l.currentUnitPrice().times(l.quantity())))
        .toList();
  }

  public Money getSubtotal() {
    return todaysSubtotal(cart);
  }

  private static Money todaysSubtotal(CartView view) {
    return view.items().stream()
        .map(l -> l.currentUnitPrice().times(l.quantity()))
        .reduce(Money::plus)
        .orElse(view.subtotal());
  }

  /** The shipping cost of the method chosen now (standard when the choice is unknown). */
  public Money getShipping() {
    var chosen =
        Arrays.stream(ShippingMethod.values())
            .filter(m -> m.label().equals(shippingMethod))
            .findFirst()
            .orElse(ShippingMethod.STANDARD);
    return shippingCost(chosen);
  }

  public Money getTotal() {
    return getSubtotal().plus(getShipping());
  }

  public CartView getCart() {
    return cart;
  }

  public List<AddressRow> getAddresses() {
    return addresses;
  }

  /** Made once per rendered form; the form sends it back, and a resend reuses it. */
  public String getIdempotencyKey() {
    if (idempotencyKey == null) {
      idempotencyKey = UUID.randomUUID().toString();
    }
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public String getShippingChoice() {
    return shippingChoice;
  }

  public void setShippingChoice(String shippingChoice) {
    this.shippingChoice = shippingChoice;
  }

  public AddressForm getShippingForm() {
    return shipping;
  }

  public boolean isSaveShipping() {
    return saveShipping;
  }

  public void setSaveShipping(boolean saveShipping) {
    this.saveShipping = saveShipping;
  }

  public boolean isBillingSameAsShipping() {
    return billingSameAsShipping;
  }

  public void setBillingSameAsShipping(boolean billingSameAsShipping) {
    this.billingSameAsShipping = billingSameAsShipping;
  }

  public AddressForm getBillingForm() {
    return billing;
  }

  public String getShippingMethod() {
    return shippingMethod;
  }

  public void setShippingMethod(String shippingMethod) {
    this.shippingMethod = shippingMethod;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(String paymentMethod) {
    this.paymentMethod = paymentMethod;
  }
}
