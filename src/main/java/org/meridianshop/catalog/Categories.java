package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The catalog's category tree and its brands, as stored. */
@ApplicationScoped
public class Categories {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public List<Category> topLevel() {
    return em.createQuery(
            "select c from Category c where c.parent is null order by c.position, c.name",
            Category.class)
        .getResultList();
  }

  /** A category by its slug, or by its id when the text is a number. */
  public Optional<Category> find(String slugOrId) {
    if (slugOrId.chars().allMatch(Character::isDigit) && slugOrId.length() < 18) {
      return Optional.ofNullable(em.find(Category.class, Long.parseLong(slugOrId)));
    }
    return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
        .setParameter("slug", slugOrId)
        .getResultStream()
        .findFirst();
  }

  public List<Brand> brands() {
    return em.createQuery("select b from Brand b order by b.name", Brand.class).getResultList();
  }
}
