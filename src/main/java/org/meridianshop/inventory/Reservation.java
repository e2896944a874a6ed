package org.meridianshop.inventory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.meridianshop.platform.errors.ConflictException;

/**
 * Stock held for one checkout (its reference, e.g. an order id) until it is sold, released or
 * expires. Only an active reservation can be finalized or released, and only once.
 */
@Entity
@Table(name = "stock_reservation")
public class Reservation {

  @Id private UUID id;
  private String reference;

  @Enumerated(EnumType.STRING)
  private ReservationStatus status;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant closedAt;
  private String closeReason;

  @Version private long version;

  @OneToMany(mappedBy = "reservation", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ReservationLine> lines = new ArrayList<>();

  protected Reservation() {}

  Reservation(String reference, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.reference = reference;
    this.status = ReservationStatus.ACTIVE;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  void hold(long variantId, long warehouseId, int quantity) {
    lines.add(new ReservationLine(this, variantId, warehouseId, quantity));
  }

  void finalizeSale(Instant now) {
    close(ReservationStatus.FINALIZED, "sold", now);
  }

  void release(String reason, Instant now) {
    close(ReservationStatus.RELEASED, reason, now);
  }

  /** The sold units came back: the order was cancelled after it was confirmed. */
  void returnSold(String reason, Instant now) {
    if (status != ReservationStatus.FINALIZED) {
      throw new ConflictException("Reservation " + id + " was not sold; nothing to return.");
    }
    status = ReservationStatus.RETURNED;
    closeReason = reason;
    closedAt = now;
  }

  public boolean isActive() {
    return status == ReservationStatus.ACTIVE;
  }

  public boolean isOverdue(Instant now) {
    return isActive() && !now.isBefore(expiresAt);
  }

  private void close(ReservationStatus newStatus, String reason, Instant now) {
    if (!isActive()) {
      throw new ConflictException(
          "Reservation " + id + " is already " + status.name().toLowerCase() + ".");
    }
    status = newStatus;
    closeReason = reason;
    closedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public ReservationStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String closeReason() {
    return closeReason;
  }

  public List<ReservationLine> lines() {
    return List.copyOf(lines);
  }
}
