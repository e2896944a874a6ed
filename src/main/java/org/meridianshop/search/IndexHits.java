package org.meridianshop.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.search.util.common.data.Range;

/** What the index answered: a page of product ids, the number of matches and the raw facets. */
record IndexHits(
    List<Long> ids,
    long total,
    Map<String, Long> categories,
    Map<String, Long> brands,
    Map<Range<BigDecimal>, Long> prices) {}
