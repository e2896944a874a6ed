package org.meridianshop.search;

/**
 * The names of the analyzers the product index uses, defined once per backend ({@link
 * LuceneSearchAnalyzers}, {@link ElasticsearchSearchAnalyzers}) so the mapping stays the same.
 */
final class SearchAnalyzers {

  /** Words lower-cased, accents folded and stemmed, with shop synonyms: "laptops" finds laptop. */
  static final String TEXT = "shop_text";

  /** Each word's beginnings of 2 to 20 characters, so "la" already finds "Laptop". */
  static final String PREFIXES = "shop_prefixes";

  /** What a shopper types into the box, split and folded like the names but not cut up. */
  static final String TYPED = "shop_typed";

  static final int MIN_PREFIX = 2;
  static final int MAX_PREFIX = 20;

  /** Words shoppers use for the same things (comma-separated, each group matches all its words). */
  static final String[] SYNONYMS = {
    "laptop, notebook",
    "headphones, headset",
    "phone, smartphone, mobile",
    "tv, television",
    "sofa, couch",
    "sneakers, trainers"
  };

  private SearchAnalyzers() {}
}
