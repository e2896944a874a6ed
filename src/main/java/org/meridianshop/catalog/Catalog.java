package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.cache.CacheStore;

/**
 * What shoppers can see of the catalog: the category tree, filtered product lists and single
 * products. Results are cached (lists and the tree 5 minutes, products 15 minutes) in the shop's
 * cache store, so a cache hit costs neither a transaction nor a query; prices come out in the base
 * currency.
 */
@ApplicationScoped
public class Catalog {

  static final Duration LIST_TTL = Duration.ofMinutes(5);
  static final Duration PRODUCT_TTL = Duration.ofMinutes(15);
  static final String LISTS = "catalog.lists";
  static final String PRODUCTS = "catalog.products";

  @Inject CatalogViews views;
  @Inject CacheStore cache;

  public List<CategoryNode> categoryTree() {
    return cache.get(LISTS, "category-tree", LIST_TTL, views::categoryTree);
  }

  public List<ProductSummary.Reference> brands() {
    return cache.get(LISTS, "brands", LIST_TTL, views::brands);
  }

  /** The brands that have products in this category or below it, by name; 404 for no category. */
  public List<ProductSummary.Reference> brandsIn(String categorySlugOrId) {
    return cache.get(
        LISTS, "brands-in:" + categorySlugOrId, LIST_TTL, () -> views.brandsIn(categorySlugOrId));
  }

  /** The category with this slug or id, with its children; 404 when there is none. */
  public CategoryNode category(String slugOrId) {
    return cache.get(LISTS, "category:" + slugOrId, LIST_TTL, () -> views.categoryNode(slugOrId));
  }

  public Page<ProductSummary> products(ProductQuery query) {
    return cache.get(LISTS, "products:" + query.cacheKey(), LIST_TTL, () -> views.products(query));
  }

  public List<ProductSummary> featured(int limit) {
    return cache.get(LISTS, "featured:" + limit, LIST_TTL, () -> views.featured(limit));
  }

  /**
   * The active products with these ids as lists show them, in the order given; for search, whose
   * results are ids. Not cached here: the caller caches the whole result.
   */
  public List<ProductSummary> summaries(List<Long> ids) {
    return ids.isEmpty() ? List.of() : views.summaries(ids);
  }

  public ProductDetails product(long id) {
    return cache.get(PRODUCTS, "id:" + id, PRODUCT_TTL, () -> views.product(id));
  }

  public ProductDetails productBySlug(String slug) {
    return cache.get(PRODUCTS, "slug:" + slug, PRODUCT_TTL, () -> views.productBySlug(slug));
  }
}
