package org.meridianshop.order;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of an order's history: the status it reached, when, why, and the event that caused the
 * step (a payment outcome, an expiry) or, for a person's action, the event the step announced.
 */
@Entity
@Table(name = "shop_order_status_change")
public class OrderStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  private Instant changedAt;
  private String cause;
  private UUID eventId;

  protected OrderStatusChange() {}

  OrderStatusChange(Order order, OrderStatus status, Instant changedAt, String cause) {
    this.order = order;
    this.status = status;
    this.changedAt = changedAt;
    this.cause = cause;
  }

  void announcedBy(UUID announcement) {
    if (eventId == null) {
      eventId = announcement;
    }
  }

  void causedBy(UUID cause) {
    this.eventId = cause;
  }

  public OrderStatus status() {
    return status;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String cause() {
    return cause;
  }

  public UUID eventId() {
    return eventId;
  }
}
