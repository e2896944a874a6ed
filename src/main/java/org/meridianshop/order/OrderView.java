package org.meridianshop.order;

import java.time.Instant;
import java.util.List;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.payment.Payment;
import org.meridianshop.platform.money.Money;

/** An order as its customer (or an admin) sees it, with its payment, shipment and history. */
public record OrderView(
    String orderId,
    String status,
    Instant placedAt,
    String email,
    String currency,
    List<Item> items,
    Totals totals,
    String shippingMethod,
    PostalAddress shippingAddress,
    PostalAddress billingAddress,
    PaymentState payment,
    List<Shipment> shipments,
    List<Step> history) {

  /** One ordered product at the price it was sold for. */
  public record Item(
      String productId,
      String variantId,
      String name,
      int quantity,
      Money unitPrice,
      Money lineTotal) {}

  public record Totals(Money subtotal, Money shipping, Money total) {}

  /**
   * Where the payment stands. {@code clientSecret} is set while the customer must complete 3-D
   * Secure; {@code provider} says whose script completes it.
   */
  public record PaymentState(
      String status, String provider, String failureReason, String clientSecret) {
    static PaymentState of(Payment payment) {
      return new PaymentState(
          payment.status().label(),
          payment.provider(),
          payment.failureReason(),
          payment.clientSecret());
    }

    public boolean actionRequired() {
      return clientSecret != null;
    }
  }

  public record Shipment(
      String carrier, String trackingNumber, Instant shippedAt, Instant deliveredAt) {}

  public record Step(String status, Instant at, String cause, String eventId) {}

  static OrderView of(Order order, PaymentState payment) {
    var currency = order.currency();
    return new OrderView(
        order.id().toString(),
        order.status().label(),
        order.placedAt(),
        order.email(),
        currency.getCurrencyCode(),
        order.lines().stream()
            .map(
                l ->
                    new Item(
                        Long.toString(l.productId()),
                        Long.toString(l.variantId()),
                        l.name(),
                        l.quantity(),
                        l.unitPrice(currency),
                        l.lineTotal(currency)))
            .toList(),
        new Totals(order.subtotal(), order.shippingCost(), order.total()),
        order.shippingMethod().label(),
        order.shippingAddress(),
        order.billingAddress(),
        payment,
        order.carrier() == null
            ? List.of()
            : List.of(
                new Shipment(
                    order.carrier(),
                    order.trackingNumber(),
                    order.shippedAt(),
                    order.deliveredAt())),
        order.history().stream()
            .map(
                s ->
                    new Step(
                        s.status().label(),
                        s.changedAt(),
                        s.cause(),
                        s.eventId() == null ? null : s.eventId().toString()))
            .toList());
  }
}
