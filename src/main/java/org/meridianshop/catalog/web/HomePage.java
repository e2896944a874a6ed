package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSummary;
import org.meridianshop.pricing.web.ShopperCurrency;

/** The shop's front page: featured products and the newest arrivals, in the shopper's currency. */
@Named
@RequestScoped
public class HomePage {

  static final int FEATURED = 8;
  static final String NEWEST = "4";

  @Inject Catalog catalog;
  @Inject ShopperCurrency currency;

  public List<ProductSummary> getFeatured() {
    return shown(catalog.featured(FEATURED));
  }

  public List<ProductSummary> getNewest() {
    var newest = ProductQuery.parse(null, null, null, null, null, "newest", "1", NEWEST);
    return shown(catalog.products(newest).items());
  }

  private List<ProductSummary> shown(List<ProductSummary> products) {
    return products.stream().map(product -> product.withPrices(currency::convert)).toList();
  }
}
