package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.ProductDetails;
import org.meridianshop.catalog.ProductSummary.Image;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.web.ErrorResponses;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * A product at {@code /p/{slug}}, with prices in the shopper's currency and the picture the query
 * string selects as the main one ({@code ?image=2}), so the page works without scripts.
 */
@Named
@RequestScoped
public class ProductPage {

  @Inject Catalog catalog;
  @Inject ShopperCurrency currency;
  @Inject FacesContext faces;

  private String slug;
  private String image;
  private ProductDetails product;

  public void load() {
    try {
      product = catalog.productBySlug(slug == null ? "" : slug);
    } catch (NotFoundException e) {
      ErrorResponses.notFound(faces);
      return;
    }
    product = product.withPrices(currency::convert);
  }

  /** The picture shown large: the one the shopper picked, else the first; null if none. */
  public Image getMainImage() {
    var images = getProduct().images();
    return images.isEmpty() ? null : images.get(getMainImageIndex());
  }

  public int getMainImageIndex() {
    try {
      var picked = Integer.parseInt(image == null ? "1" : image.trim()) - 1;
      return picked >= 0 && picked < getProduct().images().size() ? picked : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The link that shows the picture at this position (from 0) as the main one. */
  public String imageUrl(int index) {
    return getUrl() + "?image=" + (index + 1);
  }

  public List<Map.Entry<String, String>> getAttributes() {
    return getProduct().attributes().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .toList();
  }

  public String getUrl() {
    return faces.getExternalContext().getRequestContextPath() + "/p/" + getProduct().slug();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  /**
   * The product; on a post from a form on the page (a review), loaded from the form's {@code slug}
   * field, since the page's own load runs only on a visit and the post needs the product earlier.
   */
  public ProductDetails getProduct() {
    if (product == null && faces.isPostback()) {
      slug = faces.getExternalContext().getRequestParameterMap().get("slug");
      load();
    }
    return product;
  }
}
