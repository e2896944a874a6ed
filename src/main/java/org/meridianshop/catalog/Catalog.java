package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * What shoppers can see of the catalog: the category tree, filtered product lists and single
 * products. Results are cached (lists 5 minutes, products 15 minutes) in the shop's cache store;
 * prices come out in the base currency.
 */
@ApplicationScoped
@Transactional
public class Catalog {

  static final Duration LIST_TTL = Duration.ofMinutes(5);
  static final Duration PRODUCT_TTL = Duration.ofMinutes(15);
  static final String LISTS = "catalog.lists";
  static final String PRODUCTS = "catalog.products";

  @Inject Products products;
  @Inject Categories categories;
  @Inject CacheStore cache;

  public List<CategoryNode> categoryTree() {
    return cache.get(
        LISTS,
        "category-tree",
        LIST_TTL,
        () -> categories.topLevel().stream().map(CategoryNode::of).toList());
  }

  public List<ProductSummary.Reference> brands() {
    return cache.get(
        LISTS,
        "brands",
        LIST_TTL,
        () -> categories.brands().stream().map(ProductSummary.Reference::of).toList());
  }

  /** The brands that have products in this category or below it, by name; 404 for no category. */
  public List<ProductSummary.Reference> brandsIn(String categorySlugOrId) {
    return cache.get(
        LISTS, "brands-in:" + categorySlugOrId, LIST_TTL, () -> loadBrandsIn(categorySlugOrId));
  }

  /** The category with this slug or id, with its children; 404 when there is none. */
  public CategoryNode category(String slugOrId) {
    return categories
        .find(slugOrId)
        .map(CategoryNode::of)
        .orElseThrow(() -> new NotFoundException("There is no category '" + slugOrId + "'."));
  }

  public Page<ProductSummary> products(ProductQuery query) {
    return cache.get(LISTS, "products:" + query.cacheKey(), LIST_TTL, () -> load(query));
  }

  public List<ProductSummary> featured(int limit) {
    return cache.get(
        LISTS,
        "featured:" + limit,
        LIST_TTL,
        () -> products.featured(limit).stream().map(ProductSummary::of).toList());
  }

  public ProductDetails product(long id) {
    return cache.get(
        PRODUCTS,
        "id:" + id,
        PRODUCT_TTL,
        () -> found(products.withId(id).map(ProductDetails::of), Long.toString(id)));
  }

  public ProductDetails productBySlug(String slug) {
    return cache.get(
        PRODUCTS,
        "slug:" + slug,
        PRODUCT_TTL,
        () -> found(products.withSlug(slug).map(ProductDetails::of), slug));
  }

  private Page<ProductSummary> load(ProductQuery query) {
    List<Long> categoryIds = null;
    if (query.category() != null) {
      categoryIds =
          categories
              .find(query.category())
              .orElseThrow(
                  () -> new NotFoundException("There is no category '" + query.category() + "'."))
              .selfAndDescendantIds();
    }
    var items = products.matching(query, categoryIds).stream().map(ProductSummary::of).toList();
    var total = products.countMatching(query, categoryIds);
    return new Page<>(items, query.page(), query.size(), total);
  }

  private List<ProductSummary.Reference> loadBrandsIn(String categorySlugOrId) {
    var category =
        categories
            .find(categorySlugOrId)
            .orElseThrow(
                () -> new NotFoundException("There is no category '" + categorySlugOrId + "'."));
    return products.brandsIn(category.selfAndDescendantIds()).stream()
        .map(ProductSummary.Reference::of)
        .toList();
  }

  private static ProductDetails found(Optional<ProductDetails> product, String key) {
    return product.orElseThrow(() -> new NotFoundException("There is no product '" + key + "'."));
  }
}
