package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One entry of the audit trail: one change of one stock level, who made it and why. Written in the
 * transaction of the change, never updated, so the entries of a level chain up (each one's before
 * is the previous one's after) and add up to its movement.
 */
@Entity
public class InventoryTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TransactionKind kind;

  private long variantId;
  private long warehouseId;

  /** The quantity the operation moved, signed for adjustments and transfers. */
  private int quantityChange;

  private int onHandBefore;
  private int onHandAfter;
  private int reservedBefore;
  private int reservedAfter;
  private String actor;
  private String reason;
  private String reference;
  private Instant occurredAt;

  protected InventoryTransaction() {}

  InventoryTransaction(
      TransactionKind kind,
      StockLevel level,
      int quantityChange,
      StockChange change,
      Cause cause,
      Instant occurredAt) {
    this.kind = kind;
    this.variantId = level.variantId();
    this.warehouseId = level.warehouse().id();
    this.quantityChange = quantityChange;
    this.onHandBefore = change.onHandBefore();
    this.onHandAfter = change.onHandAfter();
    this.reservedBefore = change.reservedBefore();
    this.reservedAfter = change.reservedAfter();
    this.actor = cause.actor();
    this.reason = cause.reason();
    this.reference = cause.reference();
    this.occurredAt = occurredAt;
  }

  public Long id() {
    return id;
  }

  public TransactionKind kind() {
    return kind;
  }

  public long variantId() {
    return variantId;
  }

  public long warehouseId() {
    return warehouseId;
  }

  public int quantityChange() {
    return quantityChange;
  }

  public StockChange change() {
    return new StockChange(onHandBefore, reservedBefore, onHandAfter, reservedAfter);
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public String reference() {
    return reference;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  /** Who changed stock, why, and for what (an order, a reservation, a restock file). */
  public record Cause(String actor, String reason, String reference) {
    public Cause {
      reason = reason == null || reason.isBlank() ? "(none given)" : truncate(reason.strip(), 500);
      actor = truncate(actor, 120);
    }

    private static String truncate(String text, int length) {
      return text.length() <= length ? text : text.substring(0, length);
    }
  }
}
