package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's door for inventory: which variants (SKUs) a product has and whose a variant is,
 * whatever the product's status, so stock of a hidden product can still be managed.
 */
@ApplicationScoped
public class StockKeepingUnits {

  private static final String SELECT =
      "select new org.meridianshop.catalog.StockKeepingUnit("
          + "v.id, v.sku, p.id, p.name, p.lowStockThreshold)"
          + " from ProductVariant v join v.product p ";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The product's variants in their display order; empty when there is no such product. */
  public List<StockKeepingUnit> ofProduct(long productId) {
    return em.createQuery(
            SELECT + "where p.id = :product order by v.position, v.id", StockKeepingUnit.class)
        .setParameter("product", productId)
        .getResultList();
  }

  /** The variants of the products that these variants belong to. */
  public List<StockKeepingUnit> siblingsOf(Collection<Long> variantIds) {
    return em.createQuery(
            SELECT
                + "where p.id in (select v2.product.id from ProductVariant v2 where v2.id in :ids)"
                + " order by v.id",
            StockKeepingUnit.class)
        .setParameter("ids", variantIds)
        .getResultList();
  }

  public Map<String, StockKeepingUnit> withSkus(Collection<String> skus) {
    return em.createQuery(SELECT + "where v.sku in :skus", StockKeepingUnit.class)
        .setParameter("skus", skus)
        .getResultStream()
        .collect(Collectors.toMap(StockKeepingUnit::sku, Function.identity()));
  }

  public List<StockKeepingUnit> all() {
    return em.createQuery(SELECT + "order by v.id", StockKeepingUnit.class).getResultList();
  }
}
