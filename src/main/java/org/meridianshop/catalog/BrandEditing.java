package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Administrators list, create, rename and delete brands. Names and slugs are unique; a brand that
 * still has products cannot be deleted. A rename reaches every product of the brand in the search
 * index (the index mapping follows the brand's products).
 */
@ApplicationScoped
@Transactional
public class BrandEditing {

  static final int MAX_NAME = 120;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CatalogChanges changes;

  /** A brand and how many products it has. */
  public record BrandRow(String id, String name, String slug, long products)
      implements Serializable {}

  public List<BrandRow> all() {
    return em.createQuery(
            "select b.id, b.name, b.slug, (select count(p) from Product p where p.brand = b)"
                + " from Brand b order by b.name",
            Object[].class)
        .getResultStream()
        .map(r -> new BrandRow(r[0].toString(), (String) r[1], (String) r[2], (Long) r[3]))
        .toList();
  }

  public BrandRow create(String name) {
    var valid = checkedName(name, null);
    var brand = new Brand(valid);
    if (Text.slugOf(valid).isEmpty() || slugTaken(brand.slug())) {
      throw new InvalidInputException("name", "Another brand has a name too much like this one.");
    }
    em.persist(brand);
    changes.evictAfterCommit();
    return row(brand);
  }

  public BrandRow rename(long id, String name) {
    var brand = brand(id);
    brand.rename(checkedName(name, id));
    changes.evictAfterCommit();
    changes.announceProductsOf(brand);
    return row(brand);
  }

  /** Deletes a brand no product uses; 409 naming how many still do. */
  public void delete(long id) {
    var brand = brand(id);
    var used = row(brand).products();
    if (used > 0) {
      throw new ConflictException(
          "Brand " + brand.name() + " still has " + used + " products; move them first.");
    }
    em.remove(brand);
    changes.evictAfterCommit();
  }

  private BrandRow row(Brand brand) {
    var count =
        em.createQuery("select count(p) from Product p where p.brand = :brand", Long.class)
            .setParameter("brand", brand)
            .getSingleResult();
    return new BrandRow(String.valueOf(brand.id()), brand.name(), brand.slug(), count);
  }

  private Brand brand(long id) {
    var brand = em.find(Brand.class, id);
    if (brand == null) {
      throw new NotFoundException("There is no brand " + id + ".");
    }
    return brand;
  }

  private String checkedName(String name, Long id) {
    var tidy = Text.required("name", name, MAX_NAME);
    var holder =
        em.createQuery("select b.id from Brand b where lower(b.name) = lower(:name)", Long.class)
            .setParameter("name", tidy)
            .getResultStream()
            .findFirst();
    if (holder.isPresent() && !holder.get().equals(id)) {
      throw new InvalidInputException("name", "Another brand has this name.");
    }
    return tidy;
  }

  private boolean slugTaken(String slug) {
    return !em.createQuery("select b.id from Brand b where b.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }
}
