package org.meridianshop.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What a customer sends to place an order from their cart. The billing address defaults to the
 * shipping address; the payment method is a provider's token (such as a Stripe PaymentMethod id),
 * never card details.
 */
public record CheckoutRequest(
    PostalAddress shippingAddress,
    PostalAddress billingAddress,
    String paymentMethod,
    String shippingMethod) {

  private static final Pattern PAYMENT_METHOD = Pattern.compile("^pm_[A-Za-z0-9_]{1,120}$");

  /** The request trimmed and completed, or a 400 naming every field that is wrong. */
  public CheckoutRequest validated() {
    var errors = new ArrayList<FieldError>();
    var shipping = address("shippingAddress", shippingAddress, errors);
    var billing =
        billingAddress == null ? shipping : address("billingAddress", billingAddress, errors);
    if (paymentMethod == null || !PAYMENT_METHOD.matcher(paymentMethod.strip()).matches()) {
      errors.add(
          new FieldError(
              "paymentMethod", "Give the payment method's token, such as pm_card_visa."));
    }
    ShippingMethod method = null;
    try {
      method = ShippingMethod.parse(shippingMethod);
    } catch (InvalidInputException e) {
      errors.addAll(e.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CheckoutRequest(shipping, billing, paymentMethod.strip(), method.label());
  }

  /**
   * A digest of the validated request and the currency it is charged in: a retry with the same
   * Idempotency-Key must carry the same one.
   */
  String fingerprint(String currency) {
    var text =
        String.join(
            "\n",
            Objects.toString(shippingAddress),
            Objects.toString(billingAddress),
            paymentMethod,
            shippingMethod,
            currency);
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static PostalAddress address(
      String field, PostalAddress address, ArrayList<FieldError> errors) {
    if (address == null) {
      errors.add(new FieldError(field, "Give the address."));
      return null;
    }
    try {
      return address.validated();
    } catch (InvalidInputException e) {
      e.fieldErrors()
          .forEach(f -> errors.add(new FieldError(field + "." + f.field(), f.message())));
      return null;
    }
  }
}
