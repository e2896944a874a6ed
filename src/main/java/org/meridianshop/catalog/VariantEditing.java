package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/** Administrators add a product's variants and edit them; a SKU names one variant in the shop. */
@ApplicationScoped
@Transactional
public class VariantEditing {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject ProductEditing products;
  @Inject CatalogChanges changes;

  private final Clock clock = Clock.systemUTC();

  public ProductDetails.Variant add(long productId, VariantDraft draft) {
    var product = products.product(productId);
    var variant = product.addVariant(checked(draft, null), clock.instant());
    em.persist(variant);
    changes.evictAfterCommit();
    return ProductDetails.Variant.of(variant);
  }

  public ProductDetails.Variant revise(long productId, long variantId, VariantDraft draft) {
    var variant = em.find(ProductVariant.class, variantId);
    if (variant == null || variant.product().id() != productId) {
      throw new NotFoundException("Product " + productId + " has no variant " + variantId + ".");
    }
    variant.revise(checked(draft, variantId));
    changes.evictAfterCommit();
    return ProductDetails.Variant.of(variant);
  }

  private VariantDraft checked(VariantDraft draft, Long variantId) {
    if (draft == null) {
      throw new InvalidInputException("body", "is required");
    }
    var valid = draft.validated();
    var holder =
        em.createQuery("select v.id from ProductVariant v where v.sku = :sku", Long.class)
            .setParameter("sku", valid.sku())
            .getResultStream()
            .findFirst();
    if (holder.isPresent() && !holder.get().equals(variantId)) {
      throw new InvalidInputException("sku", "Another variant has this SKU.");
    }
    return valid;
  }
}
