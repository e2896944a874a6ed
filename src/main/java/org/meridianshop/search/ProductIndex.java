package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.meridianshop.catalog.Product;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSort;
import org.meridianshop.catalog.ProductStatus;

/**
 * Queries the product index: full-text matching with typo tolerance ({@link TypedWords}), the
 * catalog's filters, its sort orders and the facets. Only active products are ever found.
 */
@ApplicationScoped
@Transactional
public class ProductIndex {

  static final int MAX_SUGGESTIONS = 8;

  private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("category");
  private static final AggregationKey<Map<String, Long>> BRANDS = AggregationKey.of("brand");
  private static final AggregationKey<Map<Range<BigDecimal>, Long>> PRICES =
      AggregationKey.of("price");

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /**
   * The matches of a query; {@code categorySlug} is the slug of its category, if any. Each facet is
   * counted without its own filter (a second, count-only query when that filter is set), so a
   * shopper who chose one brand still sees the other brands, with what each would add.
   */
  IndexHits search(SearchQuery query, String categorySlug) {
    var filters = query.filters();
    var result =
        Search.session(em)
            .search(Product.class)
            .select(f -> f.id(Long.class))
            .where(f -> matching(f, query.text(), categorySlug, filters, null))
            .sort(f -> order(f, filters.sort()))
            .aggregation(CATEGORIES, f -> f.terms().field(ProductFields.CATEGORY, String.class))
            .aggregation(BRANDS, f -> f.terms().field(ProductFields.BRAND, String.class))
            .aggregation(PRICES, ProductIndex::priceBands)
            .fetch((filters.page() - 1) * filters.size(), filters.size());
    var pricesFiltered = filters.minPrice() != null || filters.maxPrice() != null;
    return new IndexHits(
        result.hits(),
        result.total().hitCount(),
        categorySlug == null
            ? result.aggregation(CATEGORIES)
            : countedWithout(
                Facet.CATEGORY,
                query,
                categorySlug,
                CATEGORIES,
                f -> f.terms().field(ProductFields.CATEGORY, String.class)),
        filters.brands().isEmpty()
            ? result.aggregation(BRANDS)
            : countedWithout(
                Facet.BRAND,
                query,
                categorySlug,
                BRANDS,
                f -> f.terms().field(ProductFields.BRAND, String.class)),
        pricesFiltered
            ? countedWithout(Facet.PRICE, query, categorySlug, PRICES, ProductIndex::priceBands)
            : result.aggregation(PRICES));
  }

  private <A> A countedWithout(
      Facet facet,
      SearchQuery query,
      String categorySlug,
      AggregationKey<A> key,
      Function<SearchAggregationFactory, AggregationFinalStep<A>> aggregation) {
    return Search.session(em)
        .search(Product.class)
        .select(f -> f.id(Long.class))
        .where(f -> matching(f, query.text(), categorySlug, query.filters(), facet))
        .aggregation(key, aggregation)
        .fetch(0)
        .aggregation(key);
  }

  private static AggregationFinalStep<Map<Range<BigDecimal>, Long>> priceBands(
      SearchAggregationFactory f) {
    return f.range().field(ProductFields.PRICE, BigDecimal.class).ranges(PriceBands.ALL);
  }

  /** Names of active products with words starting as typed, best match and rating first. */
  List<String> namesStartingWith(String typed) {
    var words = TypedWords.of(typed);
    if (words.isEmpty()) {
      return List.of();
    }
    return Search.session(em)
        .search(Product.class)
        .select(f -> f.field(ProductFields.NAME, String.class))
        .where(
            f ->
                f.bool()
                    .must(
                        f.simpleQueryString()
                            .field(ProductFields.NAME_PREFIXES)
                            .matching(words.plain())
                            .defaultOperator(BooleanOperator.AND))
                    .filter(active(f)))
        .sort(f -> f.score().then().field(ProductFields.RATING).desc().missing().last())
        .fetchHits(MAX_SUGGESTIONS * 2);
  }

  /** The facets whose filter a facet count leaves out. */
  private enum Facet {
    CATEGORY,
    BRAND,
    PRICE
  }

  /** The query's predicate, without the filter of {@code leftOut} when that is not null. */
  private static PredicateFinalStep matching(
      SearchPredicateFactory f,
      String text,
      String categorySlug,
      ProductQuery filters,
      Facet leftOut) {
    var bool = f.bool().filter(active(f));
    var words = TypedWords.of(text);
    if (!words.isEmpty()) {
      bool.must(
          f.bool().should(TextMatch.exact(f, words).boost(2)).should(TextMatch.tolerant(f, words)));
    }
    if (categorySlug != null && leftOut != Facet.CATEGORY) {
      bool.filter(
          f.bool()
              .should(f.match().field(ProductFields.CATEGORY).matching(categorySlug))
              .should(f.match().field(ProductFields.DEPARTMENT).matching(categorySlug)));
    }
    if (!filters.brands().isEmpty() && leftOut != Facet.BRAND) {
      bool.filter(f.terms().field(ProductFields.BRAND).matchingAny(filters.brands()));
    }
    if ((filters.minPrice() != null || filters.maxPrice() != null) && leftOut != Facet.PRICE) {
      bool.filter(
          f.range()
              .field(ProductFields.PRICE)
              .within(Range.between(filters.minPrice(), filters.maxPrice())));
    }
    if (filters.inStockOnly()) {
      bool.filter(f.match().field(ProductFields.IN_STOCK).matching(true));
    }
    return bool;
  }

  private static PredicateFinalStep active(SearchPredicateFactory f) {
    return f.match().field(ProductFields.STATUS).matching(ProductStatus.ACTIVE);
  }

  /** The catalog's orders; ties are broken by id as the catalog's listings break them. */
  private static SortFinalStep order(SearchSortFactory f, ProductSort sort) {
    return switch (sort) {
      case RELEVANCE ->
          f.score()
              .then()
              .field(ProductFields.RATING)
              .desc()
              .missing()
              .last()
              .then()
              .field(ProductFields.ID);
      case PRICE_ASC -> f.field(ProductFields.PRICE).asc().then().field(ProductFields.ID);
      case PRICE_DESC -> f.field(ProductFields.PRICE).desc().then().field(ProductFields.ID);
      case RATING ->
          f.field(ProductFields.RATING)
              .desc()
              .missing()
              .last()
              .then()
              .field(ProductFields.REVIEWS)
              .desc()
              .then()
              .field(ProductFields.ID);
      case NEWEST -> f.field(ProductFields.CREATED).desc().then().field(ProductFields.ID).desc();
    };
  }
}
