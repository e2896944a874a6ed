package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.media.MediaLibrary;

/**
 * Adds uploaded pictures to products. The file is stored once under a new address that never
 * changes, so it can be cached for a year ({@code MediaServlet}).
 */
@ApplicationScoped
@Transactional
public class ProductPictures {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject ProductEditing products;
  @Inject MediaLibrary media;
  @Inject CatalogChanges changes;

  private final Clock clock = Clock.systemUTC();

  /** Stores the picture and shows it after the product's others; returns the sheet. */
  public ProductSheet add(long productId, byte[] content, String altText) {
    var product = products.product(productId);
    var picture = UploadedPicture.of(content);
    var alt = altText == null || altText.isBlank() ? product.name() : altText.strip();
    if (alt.length() > 300) {
      throw new InvalidInputException("alt", "Keep it to 300 characters.");
    }
    var url = media.store(picture.contentType(), picture.content());
    em.persist(product.addImage(url, alt, clock.instant()));
    changes.evictAfterCommit();
    return ProductSheet.of(product);
  }
}
