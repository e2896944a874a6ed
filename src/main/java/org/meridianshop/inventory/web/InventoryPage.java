package org.meridianshop.inventory.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.inventory.HistoryEntry;
import org.meridianshop.inventory.InventoryViews;
import org.meridianshop.inventory.InventoryViews.LowStockItem;
import org.meridianshop.inventory.ProductStock;
import org.meridianshop.inventory.StockAdjustments;
import org.meridianshop.inventory.StockAdjustments.Adjustment;
import org.meridianshop.inventory.StockAdjustments.Transfer;
import org.meridianshop.inventory.Warehouse;
import org.meridianshop.inventory.Warehouses;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * The console's inventory page: low-stock products, and for one product its levels per variant and
 * warehouse, an adjustment with a reason, a transfer between warehouses and its history.
 */
@Named
@RequestScoped
public class InventoryPage {

  private static final int HISTORY_SHOWN = 30;

  @Inject InventoryViews views;
  @Inject StockAdjustments adjustments;
  @Inject Warehouses warehouses;
  @Inject Transactions transactions;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private Long productId;
  private ProductStock stock;
  private final StockForm form = new StockForm();

  /** The product asked for: from the address on a visit, from the form on a post. */
  @PostConstruct
  void init() {
    var asked = faces.getExternalContext().getRequestParameterMap().get("product");
    if (asked != null && asked.matches("\\d{1,18}")) {
      productId = Long.valueOf(asked);
    }
  }

  public void adjust() {
    change(
        () ->
            adjustments.adjust(
                productId,
                new Adjustment(
                    form.getWarehouseId(),
                    form.getQuantity(),
                    form.getReason(),
                    form.getVariantId()),
                caller.accountId()),
        "Stock adjusted.");
  }

  public void transfer() {
    change(
        () ->
            adjustments.transfer(
                new Transfer(
                    form.getVariantId(),
                    form.getWarehouseId(),
                    form.getToWarehouseId(),
                    form.getQuantity(),
                    form.getReason()),
                caller.accountId()),
        "Stock transferred.");
  }

  /** The product's stock, or null when none is asked for or it does not exist. */
  public ProductStock getStock() {
    if (stock == null && productId != null) {
      try {
        stock = views.product(productId);
      } catch (ShopException refusal) {
        message(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        productId = null;
      }
    }
    return stock;
  }

  public List<LowStockItem> getLowStock() {
    return views.lowStock();
  }

  public List<HistoryEntry> getHistory() {
    return getStock() == null ? List.of() : views.history(productId, HISTORY_SHOWN);
  }

  public List<Warehouse> getWarehouses() {
    return transactions.required(warehouses::all);
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public StockForm getForm() {
    return form;
  }

  private void change(java.util.function.Supplier<ProductStock> action, String done) {
    try {
      stock = action.get();
      message(FacesMessage.SEVERITY_INFO, done);
    } catch (ShopException refusal) {
      var text = new StringBuilder(refusal.getMessage());
      refusal
          .fieldErrors()
          .forEach(
              e -> text.append(' ').append(e.field()).append(' ').append(e.message()).append('.'));
      message(FacesMessage.SEVERITY_ERROR, text.toString());
      faces.validationFailed();
    }
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
