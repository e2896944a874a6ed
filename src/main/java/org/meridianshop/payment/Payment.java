package org.meridianshop.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.meridianshop.platform.money.Money;

/**
 * The payment of one order: the provider's charge, where it stands, and whether the order it pays
 * for has ended (failed or cancelled), in which case a charge that succeeds is paid back at once.
 */
@Entity
@Table(name = "payment")
public class Payment {

  @Id private UUID id;
  private UUID orderId;
  private String provider;
  private String transactionId;

  @Enumerated(EnumType.STRING)
  private PaymentStatus status;

  private BigDecimal amount;
  private String currency;
  private String paymentMethod;
  private String failureReason;
  private String clientSecret;
  private boolean orderClosed;
  private String refundId;
  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected Payment() {}

  Payment(UUID orderId, String provider, Money amount, String paymentMethod, Instant now) {
    this.id = UUID.randomUUID();
    this.orderId = orderId;
    this.provider = provider;
    this.status = PaymentStatus.PENDING;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.paymentMethod = paymentMethod;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Takes the provider's word on the charge and says whether the payment reached a final outcome
   * now (false when it had one already, or when the charge still waits).
   */
  boolean settle(PaymentGateway.Charge charge, Instant now) {
    if (charge.transactionId() != null) {
      transactionId = charge.transactionId();
    }
    if (!status.isOpen()) {
      return false;
    }
    updatedAt = now;
    switch (charge.outcome()) {
      case SUCCEEDED -> {
        status = PaymentStatus.SUCCEEDED;
        clientSecret = null;
        return true;
      }
      case FAILED -> {
        status = PaymentStatus.FAILED;
        failureReason = charge.failureReason();
        clientSecret = null;
        return true;
      }
      case REQUIRES_ACTION -> {
        status = PaymentStatus.REQUIRES_ACTION;
        clientSecret = charge.clientSecret();
        return false;
      }
      default -> {
        status = PaymentStatus.PROCESSING;
        return false;
      }
    }
  }

  /** The order ended; nothing more should be charged for it. */
  void orderClosed(Instant now) {
    orderClosed = true;
    updatedAt = now;
  }

  void cancelled(Instant now) {
    status = PaymentStatus.CANCELLED;
    clientSecret = null;
    updatedAt = now;
  }

  void refunded(String refund, Instant now) {
    status = PaymentStatus.REFUNDED;
    refundId = refund;
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID orderId() {
    return orderId;
  }

  public String provider() {
    return provider;
  }

  public String transactionId() {
    return transactionId;
  }

  public PaymentStatus status() {
    return status;
  }

  public Money amount() {
    return new Money(amount, Currency.getInstance(currency));
  }

  public String paymentMethod() {
    return paymentMethod;
  }

  public String failureReason() {
    return failureReason;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public boolean isOrderClosed() {
    return orderClosed;
  }

  public String refundId() {
    return refundId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The charge the provider knows this payment by, under the key every retry repeats. */
  String chargeKey() {
    return "order-" + orderId + "-charge";
  }

  String refundKey() {
    return "order-" + orderId + "-refund";
  }
}
