package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSummary;

/** The shop's front page: featured products and the newest arrivals. */
@Named
@RequestScoped
public class HomePage {

  static final int FEATURED = 8;
  static final String NEWEST = "4";

  @Inject Catalog catalog;

  public List<ProductSummary> getFeatured() {
    return catalog.featured(FEATURED);
  }

  public List<ProductSummary> getNewest() {
    var newest = ProductQuery.parse(null, null, null, null, null, "newest", "1", NEWEST);
    return catalog.products(newest).items();
  }
}
