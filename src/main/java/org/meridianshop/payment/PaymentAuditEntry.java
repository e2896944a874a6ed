package org.meridianshop.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to a payment: a call to the provider and its answer, a notice from it
 * (kept by the notice's id, so a repeated notice is recognised), a refund.
 */
@Entity
@Table(name = "payment_audit")
public class PaymentAuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private UUID paymentId;
  private Instant occurredAt;
  private String action;
  private String detail;
  private String noticeId;

  protected PaymentAuditEntry() {}

  PaymentAuditEntry(
      UUID paymentId, Instant occurredAt, String action, String detail, String noticeId) {
    this.paymentId = paymentId;
    this.occurredAt = occurredAt;
    this.action = action;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.noticeId = noticeId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String action() {
    return action;
  }

  public String detail() {
    return detail;
  }
}
