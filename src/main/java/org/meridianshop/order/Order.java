package org.meridianshop.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

/**
 * A customer's order: what they bought at which prices, where it goes, and where it stands. Its
 * status only moves along the allowed steps (pending to confirmed or failed; pending or confirmed
 * to cancelled; confirmed to shipped to delivered), and every step is kept in its history.
 */
@Entity
@Table(name = "shop_order")
public class Order {

  @Id private UUID id;
  private UUID accountId;
  private String email;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  private String currency;
  private BigDecimal subtotal;
  private BigDecimal shippingCost;
  private BigDecimal total;
  private BigDecimal totalUsd;

  @Enumerated(EnumType.STRING)
  private ShippingMethod shippingMethod;

  private String paymentMethod;

  @Convert(converter = PostalAddressConverter.class)
  private PostalAddress shippingAddress;

  @Convert(converter = PostalAddressConverter.class)
  private PostalAddress billingAddress;

  private UUID reservationId;
  private String carrier;
  private String trackingNumber;
  private Instant placedAt;
  private Instant shippedAt;
  private Instant deliveredAt;

  @Version private long version;

  // lists of orders (reports, order pages) load the lines and histories of up to this many
  // orders in one query each, rather than one query per order
  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("position")
  @BatchSize(size = 100)
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("id")
  @BatchSize(size = 100)
  private List<OrderStatusChange> history = new ArrayList<>();

  protected Order() {}

  Order(
      UUID id,
      UUID accountId,
      String email,
      OrderPlacement placement,
      UUID reservationId,
      Instant now) {
    this.reservationId = reservationId;
    this.id = id;
    this.accountId = accountId;
    this.email = email;
    this.currency = placement.currency().getCurrencyCode();
    this.shippingMethod = placement.shippingMethod();
    this.paymentMethod = placement.paymentMethod();
    this.shippingAddress = placement.shippingAddress();
    this.billingAddress = placement.billingAddress();
    this.placedAt = now;
    var items = placement.items();
    for (int i = 0; i < items.size(); i++) {
      lines.add(new OrderLine(this, i + 1, items.get(i)));
    }
    this.subtotal = placement.subtotal().amount();
    this.shippingCost = placement.shippingCost().amount();
    this.total = placement.subtotal().plus(placement.shippingCost()).amount();
    this.totalUsd = placement.totalUsd().amount();
    this.status = OrderStatus.PENDING;
    history.add(new OrderStatusChange(this, OrderStatus.PENDING, now, "placed"));
  }

  OrderStatusChange confirm(Instant now) {
    return moveTo(OrderStatus.CONFIRMED, Set.of(OrderStatus.PENDING), "payment succeeded", now);
  }

  OrderStatusChange fail(String reason, Instant now) {
    return moveTo(OrderStatus.FAILED, Set.of(OrderStatus.PENDING), reason, now);
  }

  OrderStatusChange cancel(String reason, Instant now) {
    if (!status.isCancellable()) {
      throw new ConflictException(
          "Order " + id + " is " + status.label() + " and can no longer be cancelled.");
    }
    return moveTo(OrderStatus.CANCELLED, Set.of(status), reason, now);
  }

  OrderStatusChange ship(String carrierName, String tracking, Instant now) {
    if (carrierName == null || carrierName.isBlank() || carrierName.strip().length() > 100) {
      throw new InvalidInputException("carrier", "Name the carrier (at most 100 characters).");
    }
    if (tracking == null || tracking.isBlank() || tracking.strip().length() > 100) {
      throw new InvalidInputException(
          "trackingNumber", "Give the tracking number (at most 100 characters).");
    }
    var change =
        moveTo(
            OrderStatus.SHIPPED,
            Set.of(OrderStatus.CONFIRMED),
            "shipped with " + carrierName.strip(),
            now);
    carrier = carrierName.strip();
    trackingNumber = tracking.strip();
    shippedAt = now;
    return change;
  }

  OrderStatusChange deliver(Instant now) {
    var change = moveTo(OrderStatus.DELIVERED, Set.of(OrderStatus.SHIPPED), "delivered", now);
    deliveredAt = now;
    return change;
  }

  private OrderStatusChange moveTo(
      OrderStatus next, Set<OrderStatus> allowedFrom, String cause, Instant now) {
    if (!allowedFrom.contains(status)) {
      throw new ConflictException(
          "Order " + id + " is " + status.label() + "; it cannot become " + next.label() + ".");
    }
    status = next;
    var change = new OrderStatusChange(this, next, now, cause);
    history.add(change);
    return change;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public OrderStatus status() {
    return status;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money subtotal() {
    return new Money(subtotal, currency());
  }

  public Money shippingCost() {
    return new Money(shippingCost, currency());
  }

  public Money total() {
    return new Money(total, currency());
  }

  public Money totalUsd() {
    return Money.usd(totalUsd);
  }

  public ShippingMethod shippingMethod() {
    return shippingMethod;
  }

  public String paymentMethod() {
    return paymentMethod;
  }

  public PostalAddress shippingAddress() {
    return shippingAddress;
  }

  public PostalAddress billingAddress() {
    return billingAddress;
  }

  public UUID reservationId() {
    return reservationId;
  }

  public String carrier() {
    return carrier;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant shippedAt() {
    return shippedAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public List<OrderStatusChange> history() {
    return Collections.unmodifiableList(history);
  }
}
