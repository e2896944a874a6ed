package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * Administrators' edits of a product's name, description and status: the smallest part of the
 * catalog console, enough to change what shoppers see and find. The catalog's cached lists and
 * products are dropped after an edit so the change shows at once.
 */
@ApplicationScoped
@Transactional
public class ProductEditing {

  static final int MAX_NAME = 200;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CacheStore cache;

  private final Clock clock = Clock.systemUTC();

  public void edit(long id, String name, String description, String status) {
    var product = em.find(Product.class, id);
    if (product == null) {
      throw new NotFoundException("There is no product '" + id + "'.");
    }
    var errors = new ArrayList<FieldError>();
    if (name != null && (name.isBlank() || name.strip().length() > MAX_NAME)) {
      errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
    }
    var newStatus = status == null ? null : status(status, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    product.edit(name == null ? null : name.strip(), description, newStatus, clock.instant());
    cache.evictAll(Catalog.LISTS);
    cache.evictAll(Catalog.PRODUCTS);
  }

  private static ProductStatus status(String text, ArrayList<FieldError> errors) {
    try {
      return ProductStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "status",
              "must be one of "
                  + Arrays.toString(ProductStatus.values()).toLowerCase(Locale.ROOT)));
      return null;
    }
  }
}
