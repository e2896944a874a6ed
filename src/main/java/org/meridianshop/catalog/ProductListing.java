package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * The console's list of products in every status, filtered by words in the name or slug, category,
 * brand and status, most recently changed first. Not cached: administrators see what is stored.
 */
@ApplicationScoped
@Transactional
public class ProductListing {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** What to list; blank or null parts do not filter. */
  public record Filter(
      String text, Long categoryId, Long brandId, String status, int page, int size) {}

  /** One line of the list. */
  public record Row(
      String id,
      String name,
      String slug,
      String brand,
      String category,
      String status,
      BigDecimal price,
      Instant updatedAt)
      implements Serializable {
    static Row of(Product p) {
      return new Row(
          p.id().toString(),
          p.name(),
          p.slug(),
          p.brand().name(),
          p.category().name(),
          p.status().label(),
          p.price().amount(),
          p.updatedAt());
    }
  }

  public Page<Row> list(Filter filter) {
    if (filter.page() < 1 || filter.size() < 1 || filter.size() > Page.MAX_SIZE) {
      throw new InvalidInputException("size", "Pages start at 1 and hold 1 to 100 products.");
    }
    var where = new ArrayList<String>();
    var parameters = new HashMap<String, Object>();
    if (filter.text() != null && !filter.text().isBlank()) {
      where.add("(lower(p.name) like :text or p.slug like :text)");
      parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (filter.categoryId() != null) {
      where.add("(p.category.id = :category or p.category.parent.id = :category)");
      parameters.put("category", filter.categoryId());
    }
    if (filter.brandId() != null) {
      where.add("p.brand.id = :brand");
      parameters.put("brand", filter.brandId());
    }
    if (filter.status() != null && !filter.status().isBlank()) {
      where.add("p.status = :status");
      parameters.put(
          "status",
          ProductStatus.named(filter.status())
              .orElseThrow(
                  () -> new InvalidInputException("status", "Choose draft, active or archived.")));
    }
    var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    var items =
        em.createQuery(
            "select p from Product p join fetch p.brand join fetch p.category"
                + condition
                + " order by p.updatedAt desc, p.id desc",
            Product.class);
    var count = em.createQuery("select count(p) from Product p" + condition, Long.class);
    parameters.forEach(items::setParameter);
    parameters.forEach(count::setParameter);
    var rows =
        items
            .setFirstResult((filter.page() - 1) * filter.size())
            .setMaxResults(filter.size())
            .getResultStream()
            .map(Row::of)
            .toList();
    return new Page<>(rows, filter.page(), filter.size(), count.getSingleResult());
  }
}
