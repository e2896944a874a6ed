package org.meridianshop.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Who placed an order, remembered from {@code order.created} for the order's later messages. */
@Entity
public class OrderRecipient {

  @Id private String orderId;
  private String accountId;
  private String email;
  private Instant createdAt;

  protected OrderRecipient() {}

  OrderRecipient(String orderId, String accountId, String email, Instant now) {
    this.orderId = orderId;
    this.accountId = accountId;
    this.email = email;
    this.createdAt = now;
  }

  public Recipient recipient() {
    return new Recipient(accountId, email);
  }
}
