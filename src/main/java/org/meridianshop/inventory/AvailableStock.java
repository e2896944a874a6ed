package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Inventory's door for the storefront: how many units of a variant can still be bought, over all
 * warehouses (on hand less reserved). A read without locks, so it can be stale by the time a
 * checkout reserves; the reservation is what never oversells.
 */
@ApplicationScoped
@Transactional
public class AvailableStock {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The variant's available units; 0 for a variant no warehouse holds. */
  public int ofVariant(long variantId) {
    return em.createQuery(
            "select coalesce(sum(s.onHand - s.reserved), 0) from StockLevel s"
                + " where s.variantId = :variant",
            Number.class)
        .setParameter("variant", variantId)
        .getSingleResult()
        .intValue();
  }
}
