package org.meridianshop.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.CategoryEditing;
import org.meridianshop.catalog.CategoryEditing.CategoryRow;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The console's categories: departments with their aisles and product counts, and a form that
 * creates a department or an aisle or, for one chosen ({@code ?category=ID}), renames or deletes
 * it. A category with products or aisles is not deleted; the page says why.
 */
@Named
@RequestScoped
public class CategoriesPage {

  @Inject CategoryEditing categories;
  @Inject FacesContext faces;

  private List<CategoryRow> all;
  private CategoryRow chosen;
  private String name;
  private String parentId;

  @PostConstruct
  void init() {
    all = categories.all();
    var asked = faces.getExternalContext().getRequestParameterMap().get("category");
    chosen = all.stream().filter(c -> c.id().equals(asked)).findFirst().orElse(null);
    if (chosen != null && !faces.isPostback()) {
      name = chosen.name();
    }
  }

  public void save() {
    try {
      chosen =
          chosen == null
              ? categories.create(name, parent())
              : categories.rename(Long.parseLong(chosen.id()), name);
      all = categories.all();
      FormMessages.confirm(faces, "Category " + chosen.name() + " saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public String delete() {
    try {
      categories.delete(Long.parseLong(chosen.id()));
      FormMessages.confirmAfterRedirect(faces, "Category " + chosen.name() + " deleted.");
      return "/admin/categories.xhtml?faces-redirect=true";
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      return null;
    }
  }

  private Long parent() {
    return parentId != null && parentId.matches("\\d{1,18}") ? Long.valueOf(parentId) : null;
  }

  public List<CategoryRow> getCategories() {
    return all;
  }

  public List<CategoryRow> getDepartments() {
    return all.stream().filter(c -> c.parentId() == null).toList();
  }

  public CategoryRow getChosen() {
    return chosen;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String parentId) {
    this.parentId = parentId;
  }
}
