package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One line of an uploaded restock file, staged until the restock job applies it or rejects it
 * (saying why, by its line number in the file). Settled once: a line that is no longer waiting is
 * never applied again, whichever run comes across it.
 */
@Entity
public class RestockLine {

  /** Where a staged line stands. */
  public enum Status {
    WAITING,
    APPLIED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String restockId;
  private int lineNumber;
  private String sku;
  private String warehouseCode;
  private int quantity;
  private String uploadedBy;
  private Instant uploadedAt;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String problem;
  private Instant settledAt;

  protected RestockLine() {}

  RestockLine(String restockId, RestockFile.Row row, String uploadedBy, Instant uploadedAt) {
    this.restockId = restockId;
    this.lineNumber = row.line();
    this.sku = row.sku();
    this.warehouseCode = row.warehouseCode();
    this.quantity = row.quantity();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.status = Status.WAITING;
  }

  void applied(Instant when) {
    settle(Status.APPLIED, null, when);
  }

  void rejected(String why, Instant when) {
    settle(Status.REJECTED, why, when);
  }

  private void settle(Status outcome, String why, Instant when) {
    if (status != Status.WAITING) {
      throw new IllegalStateException("Restock line " + id + " is already " + status);
    }
    status = outcome;
    problem = why;
    settledAt = when;
  }

  public Long id() {
    return id;
  }

  public String restockId() {
    return restockId;
  }

  public int lineNumber() {
    return lineNumber;
  }

  public String sku() {
    return sku;
  }

  public String warehouseCode() {
    return warehouseCode;
  }

  public int quantity() {
    return quantity;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Status status() {
    return status;
  }

  public String problem() {
    return problem;
  }
}
