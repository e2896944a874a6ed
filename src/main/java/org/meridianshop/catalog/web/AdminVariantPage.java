package org.meridianshop.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.catalog.ProductEditing;
import org.meridianshop.catalog.ProductSheet;
import org.meridianshop.catalog.VariantEditing;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's variant form: adds a variant to a product ({@code ?product=ID}) or edits one
 * ({@code &variant=ID}), then goes back to the product.
 */
@Named
@RequestScoped
public class AdminVariantPage {

  @Inject ProductEditing products;
  @Inject VariantEditing variants;
  @Inject FacesContext faces;

  private ProductSheet product;
  private Long variantId;
  private final VariantForm form = new VariantForm();

  @PostConstruct
  void init() {
    var parameters = faces.getExternalContext().getRequestParameterMap();
    var productParameter = parameters.get("product");
    var variantParameter = parameters.get("variant");
    try {
      if (productParameter != null && productParameter.matches("\\d{1,18}")) {
        product = products.sheet(Long.parseLong(productParameter));
      }
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      return;
    }
    if (product != null && variantParameter != null) {
      product.variants().stream()
          .filter(v -> v.id().equals(variantParameter))
          .findFirst()
          .ifPresent(
              v -> {
                variantId = Long.valueOf(v.id());
                if (!faces.isPostback()) {
                  form.fill(v);
                }
              });
    }
  }

  public String save() {
    if (product == null) {
      FormMessages.error(faces, "There is no such product.");
      return null;
    }
    try {
      var productId = Long.parseLong(product.id());
      var saved =
          variantId == null
              ? variants.add(productId, form.draft())
              : variants.revise(productId, variantId, form.draft());
      FormMessages.confirmAfterRedirect(faces, "Variant " + saved.sku() + " saved.");
      return "/admin/product.xhtml?faces-redirect=true&product=" + product.id();
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      return null;
    }
  }

  public ProductSheet getProduct() {
    return product;
  }

  public Long getVariantId() {
    return variantId;
  }

  public VariantForm getForm() {
    return form;
  }
}
