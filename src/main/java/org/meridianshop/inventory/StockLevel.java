package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * How many of one variant one warehouse holds (on hand), how many of those are promised to
 * checkouts (reserved), and so how many can still be sold (available). Every change keeps on hand
 * and reserved at zero or more and reserved at most on hand, or is refused whole; each returns the
 * level before and after, for the audit trail. The version makes a lost update impossible even
 * where a caller forgot to lock the row.
 */
@Entity
public class StockLevel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "warehouse_id")
  private Warehouse warehouse;

  private long variantId;
  private int onHand;
  private int reserved;

  @Version private long version;

  protected StockLevel() {}

  /** An empty level, for a variant the warehouse has never held. */
  public StockLevel(Warehouse warehouse, long variantId) {
    this.warehouse = warehouse;
    this.variantId = variantId;
  }

  /** Counts on hand up or down by {@code change}; never below what is reserved. */
  public StockChange adjust(int change) {
    var after = (long) onHand + change;
    if (after < 0) {
      throw new InsufficientStockException(
          "Only " + onHand + " on hand: cannot take away " + (-change) + ".");
    }
    if (after < reserved) {
      throw new InsufficientStockException(
          "Only "
              + available()
              + " available ("
              + reserved
              + " reserved): cannot take away "
              + (-change)
              + ".");
    }
    return change(Math.toIntExact(after), reserved);
  }

  /** Goods arrived: on hand grows. */
  public StockChange restock(int quantity) {
    requirePositive(quantity);
    return adjust(quantity);
  }

  /** Promises units to a checkout; refused when fewer are available. */
  public StockChange reserve(int quantity) {
    requirePositive(quantity);
    if (quantity > available()) {
      throw new InsufficientStockException(
          "Only " + available() + " available: cannot reserve " + quantity + ".");
    }
    return change(onHand, reserved + quantity);
  }

  /** Takes back units promised to a checkout that will not happen. */
  public StockChange release(int quantity) {
    requirePositive(quantity);
    requireReserved(quantity);
    return change(onHand, reserved - quantity);
  }

  /** Reserved units were sold: they leave both on hand and reserved. */
  public StockChange sell(int quantity) {
    requirePositive(quantity);
    requireReserved(quantity);
    return change(onHand - quantity, reserved - quantity);
  }

  public Long id() {
    return id;
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  public long variantId() {
    return variantId;
  }

  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  public int available() {
    return onHand - reserved;
  }

  private StockChange change(int newOnHand, int newReserved) {
    var change = new StockChange(onHand, reserved, newOnHand, newReserved);
    onHand = newOnHand;
    reserved = newReserved;
    return change;
  }

  private void requireReserved(int quantity) {
    if (quantity > reserved) {
      throw new IllegalStateException(
          "Only " + reserved + " reserved: cannot give up " + quantity + ".");
    }
  }

  private static void requirePositive(int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("A quantity must be positive, not " + quantity);
    }
  }
}
