package org.meridianshop.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;
import org.meridianshop.catalog.ProductSummary;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.money.Money;

/** One page of search results, shaped like a product list, with the facets of all matches. */
@JsonbPropertyOrder({"items", "page", "size", "total", "facets"})
public record SearchResults(
    List<ProductSummary> items, int page, int size, long total, Facets facets)
    implements Serializable {

  public SearchResults withPrices(UnaryOperator<Money> conversion) {
    return new SearchResults(
        items.stream().map(item -> item.withPrices(conversion)).toList(),
        page,
        size,
        total,
        facets);
  }

  public Page<ProductSummary> asPage() {
    return new Page<>(items, page, size, total);
  }
}
