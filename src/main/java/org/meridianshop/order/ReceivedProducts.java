package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Whether a customer has received a product: one of their orders holding it was delivered. Reviews
 * ask this before letting a customer review the product.
 */
@ApplicationScoped
public class ReceivedProducts {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public boolean received(UUID accountId, long productId) {
    return em.createQuery(
                "select count(l) from OrderLine l join l.order o"
                    + " where o.accountId = :account and o.status = :delivered"
                    + " and l.productId = :product",
                Long.class)
            .setParameter("account", accountId)
            .setParameter("delivered", OrderStatus.DELIVERED)
            .setParameter("product", productId)
            .getSingleResult()
        > 0;
  }
}
