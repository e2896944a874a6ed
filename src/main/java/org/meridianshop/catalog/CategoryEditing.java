package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Administrators list, create, rename and delete categories of the two-level tree: departments and
 * the aisles under them. A category with products or aisles cannot be deleted. A rename reaches the
 * category's products in the search index.
 */
@ApplicationScoped
@Transactional
public class CategoryEditing {

  static final int MAX_NAME = 120;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CatalogChanges changes;

  /** A category, its department (if it is an aisle) and how many products it holds itself. */
  public record CategoryRow(
      String id, String name, String slug, String parentId, String parent, long products)
      implements Serializable {}

  /** Departments, each followed by its aisles. */
  public List<CategoryRow> all() {
    var rows = new ArrayList<CategoryRow>();
    var departments =
        em.createQuery(
                "select c from Category c where c.parent is null order by c.position, c.name",
                Category.class)
            .getResultList();
    for (var department : departments) {
      rows.add(row(department));
      department.children().forEach(aisle -> rows.add(row(aisle)));
    }
    return rows;
  }

  public CategoryRow create(String name, Long parentId) {
    var parent = parentId == null ? null : category(parentId, "parent");
    if (parent != null && !parent.isTopLevel()) {
      throw new InvalidInputException("parent", "Choose a department: aisles hold no aisles.");
    }
    var category = new Category(Text.required("name", name, MAX_NAME), parent);
    if (category.slug().isEmpty() || slugTaken(category.slug())) {
      throw new InvalidInputException("name", "Another category has a name too much like this.");
    }
    em.persist(category);
    changes.evictAfterCommit();
    return row(category);
  }

  public CategoryRow rename(long id, String name) {
    var category = category(id, null);
    category.rename(Text.required("name", name, MAX_NAME));
    changes.evictAfterCommit();
    changes.announceProductsOf(category);
    return row(category);
  }

  /** Deletes an empty category; 409 when products or aisles are still in it. */
  public void delete(long id) {
    var category = category(id, null);
    var row = row(category);
    if (row.products() > 0 || !category.children().isEmpty()) {
      throw new ConflictException(
          "Category " + category.name() + " still holds products or aisles; move them first.");
    }
    em.remove(category);
    changes.evictAfterCommit();
  }

  private CategoryRow row(Category category) {
    var count =
        em.createQuery("select count(p) from Product p where p.category = :category", Long.class)
            .setParameter("category", category)
            .getSingleResult();
    var parent = category.parent();
    return new CategoryRow(
        String.valueOf(category.id()),
        category.name(),
        category.slug(),
        parent == null ? null : parent.id().toString(),
        parent == null ? null : parent.name(),
        count);
  }

  private Category category(long id, String field) {
    var category = em.find(Category.class, id);
    if (category == null && field != null) {
      throw new InvalidInputException(field, "There is no such category.");
    }
    if (category == null) {
      throw new NotFoundException("There is no category " + id + ".");
    }
    return category;
  }

  private boolean slugTaken(String slug) {
    return !em.createQuery("select c.id from Category c where c.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }
}
