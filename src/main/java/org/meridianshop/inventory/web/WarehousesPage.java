package org.meridianshop.inventory.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.inventory.Warehouse;
import org.meridianshop.inventory.Warehouses;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's warehouses page: the list, and a form that creates a warehouse or, for one chosen
 * ({@code ?warehouse=ID}), edits it. Refused fields get their message next to them.
 */
@Named
@RequestScoped
public class WarehousesPage {

  @Inject Warehouses warehouses;
  @Inject Transactions transactions;
  @Inject FacesContext faces;

  private Long warehouseId;
  private final WarehouseForm form = new WarehouseForm();

  /** The warehouse to edit, from the address or the form; its details fill the form on a visit. */
  @PostConstruct
  void init() {
    var asked = faces.getExternalContext().getRequestParameterMap().get("warehouse");
    if (asked != null && asked.matches("\\d{1,18}")) {
      warehouseId = Long.valueOf(asked);
      if (!faces.isPostback()) {
        try {
          form.fill(transactions.required(() -> warehouses.withId(warehouseId).details()));
        } catch (ShopException refusal) {
          warehouseId = null;
          FormMessages.show(faces, refusal);
        }
      }
    }
  }

  public void save() {
    try {
      var saved =
          warehouseId == null
              ? warehouses.create(form.details())
              : warehouses.edit(warehouseId, form.details());
      warehouseId = saved.id();
      FormMessages.confirm(faces, "Warehouse " + saved.code() + " saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public List<Warehouse> getWarehouses() {
    return transactions.required(warehouses::all);
  }

  public Long getWarehouseId() {
    return warehouseId;
  }

  public WarehouseForm getForm() {
    return form;
  }
}
