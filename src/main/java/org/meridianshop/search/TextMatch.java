package org.meridianshop.search;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;

/**
 * The full-text part of a search: every word must appear in the name (weighted 3), the category or
 * brand name (2) or the description (1). Exact matches (after stemming and synonyms) outrank
 * tolerant ones, which allow one or two typos per word depending on its length.
 */
final class TextMatch {

  private TextMatch() {}

  static SimpleQueryStringPredicateOptionsStep<?> exact(
      SearchPredicateFactory f, TypedWords words) {
    return fields(f, words.plain());
  }

  static SimpleQueryStringPredicateOptionsStep<?> tolerant(
      SearchPredicateFactory f, TypedWords words) {
    return fields(f, words.fuzzy());
  }

  private static SimpleQueryStringPredicateOptionsStep<?> fields(
      SearchPredicateFactory f, String query) {
    return f.simpleQueryString()
        .field(ProductFields.NAME)
        .boost(3)
        .field(ProductFields.CATEGORY_NAME)
        .boost(2)
        .field(ProductFields.BRAND_NAME)
        .boost(2)
        .field(ProductFields.DESCRIPTION)
        .matching(query)
        .defaultOperator(BooleanOperator.AND);
  }
}
