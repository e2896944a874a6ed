package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Reads the catalog from the database into the views shoppers see, each in one short transaction so
 * lazy parts (images, variants, children) load before the entities are left behind. {@link Catalog}
 * caches what this returns.
 */
@ApplicationScoped
@Transactional
public class CatalogViews {

  @Inject Products products;
  @Inject Categories categories;

  List<CategoryNode> categoryTree() {
    return categories.topLevel().stream().map(CategoryNode::of).toList();
  }

  List<ProductSummary.Reference> brands() {
    return categories.brands().stream().map(ProductSummary.Reference::of).toList();
  }

  List<ProductSummary.Reference> brandsIn(String categorySlugOrId) {
    return products.brandsIn(category(categorySlugOrId).selfAndDescendantIds()).stream()
        .map(ProductSummary.Reference::of)
        .toList();
  }

  CategoryNode categoryNode(String slugOrId) {
    return CategoryNode.of(category(slugOrId));
  }

  Page<ProductSummary> products(ProductQuery query) {
    var categoryIds =
        query.category() == null ? null : category(query.category()).selfAndDescendantIds();
    var items = products.matching(query, categoryIds).stream().map(ProductSummary::of).toList();
    var total = products.countMatching(query, categoryIds);
    return new Page<>(items, query.page(), query.size(), total);
  }

  List<ProductSummary> featured(int limit) {
    return products.featured(limit).stream().map(ProductSummary::of).toList();
  }

  List<ProductSummary> summaries(List<Long> ids) {
    var found =
        products.withIds(ids).stream().collect(Collectors.toMap(Product::id, ProductSummary::of));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  ProductDetails product(long id) {
    return products
        .withId(id)
        .map(ProductDetails::of)
        .orElseThrow(() -> new NotFoundException("There is no product '" + id + "'."));
  }

  ProductDetails productBySlug(String slug) {
    return products
        .withSlug(slug)
        .map(ProductDetails::of)
        .orElseThrow(() -> new NotFoundException("There is no product '" + slug + "'."));
  }

  private Category category(String slugOrId) {
    return categories
        .find(slugOrId)
        .orElseThrow(() -> new NotFoundException("There is no category '" + slugOrId + "'."));
  }
}
