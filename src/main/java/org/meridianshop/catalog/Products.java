package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The products in the database, found the ways the storefront and the API ask for them. */
@ApplicationScoped
public class Products {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public Optional<Product> withId(long id) {
    return Optional.ofNullable(em.find(Product.class, id)).filter(Product::isVisibleToShoppers);
  }

  public Optional<Product> withSlug(String slug) {
    return em.createQuery("select p from Product p where p.slug = :slug", Product.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Product::isVisibleToShoppers)
        .findFirst();
  }

  /** The active products among these ids, in no particular order. */
  public List<Product> withIds(List<Long> ids) {
    return em.createQuery(
            "select p from Product p join fetch p.brand join fetch p.category"
                + " where p.id in :ids and p.status = :active",
            Product.class)
        .setParameter("ids", ids)
        .setParameter("active", ProductStatus.ACTIVE)
        .getResultList();
  }

  public List<Product> featured(int limit) {
    return em.createQuery(
            "select p from Product p join fetch p.brand join fetch p.category"
                + " where p.featured = true and p.status = :active"
                + " order by p.rating desc, p.id",
            Product.class)
        .setParameter("active", ProductStatus.ACTIVE)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The brands of the active products in these categories, by name. */
  public List<Brand> brandsIn(List<Long> categoryIds) {
    return em.createQuery(
            "select distinct b from Product p join p.brand b"
                + " where p.category.id in :categories and p.status = :active order by b.name",
            Brand.class)
        .setParameter("categories", categoryIds)
        .setParameter("active", ProductStatus.ACTIVE)
        .getResultList();
  }

  /** One page of the products matching the query, and how many match in all. */
  public List<Product> matching(ProductQuery query, List<Long> categoryIds) {
    var cb = em.getCriteriaBuilder();
    var select = cb.createQuery(Product.class);
    var product = select.from(Product.class);
    product.fetch("brand");
    product.fetch("category");
    select
        .select(product)
        .where(filters(cb, product, query, categoryIds))
        .orderBy(order(cb, product, query.sort()));
    return em.createQuery(select)
        .setFirstResult((query.page() - 1) * query.size())
        .setMaxResults(query.size())
        .getResultList();
  }

  public long countMatching(ProductQuery query, List<Long> categoryIds) {
    var cb = em.getCriteriaBuilder();
    var count = cb.createQuery(Long.class);
    var product = count.from(Product.class);
    count.select(cb.count(product)).where(filters(cb, product, query, categoryIds));
    return em.createQuery(count).getSingleResult();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<Product> product, ProductQuery query, List<Long> categoryIds) {
    var filters = new ArrayList<Predicate>();
    filters.add(cb.equal(product.get("status"), ProductStatus.ACTIVE));
    if (categoryIds != null) {
      filters.add(product.get("category").get("id").in(categoryIds));
    }
    if (!query.brands().isEmpty()) {
      filters.add(product.get("brand").get("slug").in(query.brands()));
    }
    if (query.minPrice() != null) {
      filters.add(cb.greaterThanOrEqualTo(product.get("price"), query.minPrice()));
    }
    if (query.maxPrice() != null) {
      filters.add(cb.lessThanOrEqualTo(product.get("price"), query.maxPrice()));
    }
    if (query.inStockOnly()) {
      filters.add(cb.greaterThan(product.get("availableQuantity"), 0));
    }
    return filters.toArray(Predicate[]::new);
  }

  private static List<Order> order(CriteriaBuilder cb, Root<Product> product, ProductSort sort) {
    var id = cb.asc(product.get("id"));
    return switch (sort) {
      case RELEVANCE ->
          List.of(cb.desc(product.get("reviewCount")), cb.desc(product.get("rating")), id);
      case PRICE_ASC -> List.of(cb.asc(product.get("price")), id);
      case PRICE_DESC -> List.of(cb.desc(product.get("price")), id);
      case RATING ->
          List.of(cb.desc(product.get("rating")), cb.desc(product.get("reviewCount")), id);
      case NEWEST -> List.of(cb.desc(product.get("createdAt")), cb.desc(product.get("id")));
    };
  }
}
