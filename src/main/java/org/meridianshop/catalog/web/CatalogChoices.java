package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.meridianshop.catalog.BrandEditing;
import org.meridianshop.catalog.BrandEditing.BrandRow;
import org.meridianshop.catalog.CategoryEditing;
import org.meridianshop.catalog.CategoryEditing.CategoryRow;
import org.meridianshop.catalog.ProductStatus;

/** The choices the console's product pages offer: brands, categories and statuses, read once. */
@Named
@RequestScoped
public class CatalogChoices {

  @Inject BrandEditing brands;
  @Inject CategoryEditing categories;

  private List<BrandRow> brandRows;
  private List<CategoryRow> categoryRows;

  public List<BrandRow> getBrands() {
    if (brandRows == null) {
      brandRows = brands.all();
    }
    return brandRows;
  }

  /** Departments, each followed by its aisles. */
  public List<CategoryRow> getCategories() {
    if (categoryRows == null) {
      categoryRows = categories.all();
    }
    return categoryRows;
  }

  public List<String> getStatuses() {
    return Arrays.stream(ProductStatus.values()).map(ProductStatus::label).toList();
  }
}
