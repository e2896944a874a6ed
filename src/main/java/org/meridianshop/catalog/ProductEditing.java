package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * Administrators' changes to products: create, edit, archive. Each change drops the catalog's
 * cached views once it commits and reaches the search index as it commits (Hibernate Search indexes
 * the product in the same transaction's completion).
 */
@ApplicationScoped
@Transactional
public class ProductEditing {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CatalogChanges changes;

  private final Clock clock = Clock.systemUTC();

  /** The product as the console shows it, whatever its status; 404 when there is none. */
  public ProductSheet sheet(long id) {
    return ProductSheet.of(product(id));
  }

  public ProductSheet create(ProductDraft draft) {
    var valid = checked(draft, null);
    var product =
        new Product(valid, brand(valid.brand()), category(valid.category()), clock.instant());
    em.persist(product);
    changes.evictAfterCommit();
    changes.announce(product);
    return ProductSheet.of(product);
  }

  public ProductSheet revise(long id, ProductDraft draft) {
    var product = product(id);
    var valid = checked(draft, id);
    product.revise(valid, brand(valid.brand()), category(valid.category()), clock.instant());
    changes.evictAfterCommit();
    changes.announce(product);
    return ProductSheet.of(product);
  }

  /** An edit of only the parts given (not null): name, description, status. */
  public void edit(long id, String name, String description, String status) {
    var current = sheet(id);
    revise(
        id,
        new ProductDraft(
            name == null ? current.name() : name,
            current.slug(),
            description == null ? current.description() : description,
            current.brandId(),
            current.categoryId(),
            status == null ? current.status() : status,
            current.price(),
            current.attributes()));
  }

  public ProductSheet archive(long id) {
    var product = product(id);
    product.archive(clock.instant());
    changes.evictAfterCommit();
    changes.announce(product);
    return ProductSheet.of(product);
  }

  Product product(long id) {
    var product = em.find(Product.class, id);
    if (product == null) {
      throw new NotFoundException("There is no product '" + id + "'.");
    }
    return product;
  }

  private ProductDraft checked(ProductDraft draft, Long id) {
    if (draft == null) {
      throw new InvalidInputException("body", "is required");
    }
    var valid = draft.validated();
    var errors = new ArrayList<FieldError>();
    var holder =
        em.createQuery("select p.id from Product p where p.slug = :slug", Long.class)
            .setParameter("slug", valid.slug())
            .getResultStream()
            .findFirst();
    if (holder.isPresent() && !holder.get().equals(id)) {
      errors.add(new FieldError("slug", "Another product has this slug."));
    }
    if (em.find(Brand.class, valid.brand()) == null) {
      errors.add(new FieldError("brandId", "There is no such brand."));
    }
    if (em.find(Category.class, valid.category()) == null) {
      errors.add(new FieldError("categoryId", "There is no such category."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return valid;
  }

  private Brand brand(long id) {
    return em.find(Brand.class, id);
  }

  private Category category(long id) {
    return em.find(Category.class, id);
  }
}
