package org.meridianshop.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link LuceneSearchAnalyzers} for an Elasticsearch or OpenSearch cluster;
 * only used when the server's search backend is {@code elasticsearch}.
 */
public class ElasticsearchSearchAnalyzers implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .tokenFilter("shop_synonyms")
        .type("synonym_graph")
        .param("synonyms", SearchAnalyzers.SYNONYMS);
    context
        .tokenFilter("shop_edge_ngram")
        .type("edge_ngram")
        .param("min_gram", SearchAnalyzers.MIN_PREFIX)
        .param("max_gram", SearchAnalyzers.MAX_PREFIX);
    context
        .analyzer(SearchAnalyzers.TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "shop_synonyms", "porter_stem");
    context
        .analyzer(SearchAnalyzers.PREFIXES)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "shop_edge_ngram");
    context
        .analyzer(SearchAnalyzers.TYPED)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
  }
}
