package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Units of one variant held in one warehouse for a reservation. */
@Entity
@Table(name = "stock_reservation_line")
public class ReservationLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reservation_id")
  private Reservation reservation;

  private long variantId;
  private long warehouseId;
  private int quantity;

  protected ReservationLine() {}

  ReservationLine(Reservation reservation, long variantId, long warehouseId, int quantity) {
    this.reservation = reservation;
    this.variantId = variantId;
    this.warehouseId = warehouseId;
    this.quantity = quantity;
  }

  public long variantId() {
    return variantId;
  }

  public long warehouseId() {
    return warehouseId;
  }

  public int quantity() {
    return quantity;
  }
}
