package org.meridianshop.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import org.meridianshop.catalog.ProductEditing;
import org.meridianshop.catalog.ProductPictures;
import org.meridianshop.catalog.ProductSheet;
import org.meridianshop.catalog.UploadedPicture;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's product page: a form that creates a product or, for one chosen ({@code
 * ?product=ID}), edits or archives it; its variants; and its pictures with an upload form.
 */
@Named
@RequestScoped
public class AdminProductPage {

  @Inject ProductEditing editing;
  @Inject ProductPictures pictures;
  @Inject FacesContext faces;

  private Long productId;
  private ProductSheet sheet;
  private final ProductForm form = new ProductForm();
  private Part picture;
  private String alt;

  @PostConstruct
  void init() {
    var asked = faces.getExternalContext().getRequestParameterMap().get("product");
    if (asked != null && asked.matches("\\d{1,18}")) {
      try {
        sheet = editing.sheet(Long.parseLong(asked));
        productId = Long.valueOf(asked);
        // also on a post: a post of the picture form shows the product form filled; a post of
        // the product form then overwrites these values with what was typed
        form.fill(sheet);
      } catch (ShopException refusal) {
        FormMessages.show(faces, refusal);
      }
    }
  }

  /** Saves and, for a new product, goes on to its page so variants and pictures can follow. */
  public String save() {
    try {
      if (productId == null) {
        sheet = editing.create(form.draft());
        FormMessages.confirmAfterRedirect(faces, "Product " + sheet.name() + " created.");
        return "/admin/product.xhtml?faces-redirect=true&product=" + sheet.id();
      }
      sheet = editing.revise(productId, form.draft());
      FormMessages.confirm(faces, "Product " + sheet.name() + " saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
    return null;
  }

  public void archive() {
    if (productId == null) {
      FormMessages.error(faces, "There is no such product.");
      return;
    }
    sheet = editing.archive(productId);
    form.fill(sheet);
    FormMessages.confirm(
        faces, "Product " + sheet.name() + " archived: shoppers no longer see it.");
  }

  public void upload() {
    if (productId == null) {
      FormMessages.error(faces, "There is no such product.");
      return;
    }
    try {
      if (picture == null || picture.getSize() == 0) {
        throw new InvalidInputException("image", "Choose a picture to upload.");
      }
      if (picture.getSize() > UploadedPicture.MAX_BYTES) {
        throw new InvalidInputException("image", "The picture is larger than 5 MB.");
      }
      try (var in = picture.getInputStream()) {
        sheet = pictures.add(productId, in.readAllBytes(), alt);
      }
      FormMessages.confirm(faces, "Picture added.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    } catch (IOException e) {
      FormMessages.error(faces, "The upload broke off; please try again.");
    }
  }

  public Long getProductId() {
    return productId;
  }

  public ProductSheet getSheet() {
    return sheet;
  }

  public ProductForm getForm() {
    return form;
  }

  public Part getPicture() {
    return picture;
  }

  public void setPicture(Part picture) {
    this.picture = picture;
  }

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }
}
