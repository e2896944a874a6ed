package org.meridianshop.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The product index's analyzers for the Lucene backend (named in the server's search settings). */
public class LuceneSearchAnalyzers implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalyzers.TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("synonymGraph")
        .param("synonyms", "search/synonyms.txt")
        .param("ignoreCase", "true")
        .tokenFilter("flattenGraph")
        .tokenFilter("porterStem");
    context
        .analyzer(SearchAnalyzers.PREFIXES)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("edgeNGram")
        .param("minGramSize", Integer.toString(SearchAnalyzers.MIN_PREFIX))
        .param("maxGramSize", Integer.toString(SearchAnalyzers.MAX_PREFIX));
    context
        .analyzer(SearchAnalyzers.TYPED)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
