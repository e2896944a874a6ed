package org.meridianshop.inventory.web;

/** What an operator fills in to adjust or transfer stock. */
public class StockForm {

  private Long variantId;
  private Long warehouseId;
  private Long toWarehouseId;
  private Integer quantity;
  private String reason;

  public Long getVariantId() {
    return variantId;
  }

  public void setVariantId(Long variantId) {
    this.variantId = variantId;
  }

  public Long getWarehouseId() {
    return warehouseId;
  }

  public void setWarehouseId(Long warehouseId) {
    this.warehouseId = warehouseId;
  }

  public Long getToWarehouseId() {
    return toWarehouseId;
  }

  public void setToWarehouseId(Long toWarehouseId) {
    this.toWarehouseId = toWarehouseId;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
