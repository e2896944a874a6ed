package org.meridianshop.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.BrandEditing;
import org.meridianshop.catalog.BrandEditing.BrandRow;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's brands: the list with product counts, and a form that creates a brand or, for one
 * chosen ({@code ?brand=ID}), renames or deletes it. A brand in use is not deleted; the page says
 * why.
 */
@Named
@RequestScoped
public class BrandsPage {

  @Inject BrandEditing brands;
  @Inject FacesContext faces;

  private BrandRow chosen;
  private String name;

  @PostConstruct
  void init() {
    var asked = faces.getExternalContext().getRequestParameterMap().get("brand");
    chosen = brands.all().stream().filter(b -> b.id().equals(asked)).findFirst().orElse(null);
    if (chosen != null && !faces.isPostback()) {
      name = chosen.name();
    }
  }

  public void save() {
    try {
      chosen = chosen == null ? brands.create(name) : brands.rename(id(), name);
      FormMessages.confirm(faces, "Brand " + chosen.name() + " saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public String delete() {
    try {
      brands.delete(id());
      FormMessages.confirmAfterRedirect(faces, "Brand " + chosen.name() + " deleted.");
      return "/admin/brands.xhtml?faces-redirect=true";
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      return null;
    }
  }

  private long id() {
    return Long.parseLong(chosen.id());
  }

  public List<BrandRow> getBrands() {
    return brands.all();
  }

  public BrandRow getChosen() {
    return chosen;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
