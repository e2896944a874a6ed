package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.CategoryNode;

/** The departments and their subcategories that every page's navigation offers. */
@Named
@RequestScoped
public class CategoryNavigation {

  @Inject Catalog catalog;

  public List<CategoryNode> getDepartments() {
    return catalog.categoryTree();
  }
}
