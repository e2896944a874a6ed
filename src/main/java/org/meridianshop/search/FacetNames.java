package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.CategoryNode;

/**
 * Turns the index's facet counts (by slug) into what pages show, with the catalog's names for
 * brands and categories; both lists come from the catalog's cache.
 */
@ApplicationScoped
public class FacetNames {

  @Inject Catalog catalog;

  Facets facets(IndexHits hits) {
    return new Facets(
        values(hits.categories(), categoryNames()),
        values(hits.brands(), brandNames()),
        hits.prices().entrySet().stream()
            .filter(band -> band.getValue() > 0)
            .map(
                band ->
                    new Facets.PriceBand(
                        band.getKey().lowerBoundValue().orElse(null),
                        band.getKey().upperBoundValue().orElse(null),
                        band.getValue()))
            .toList());
  }

  Map<String, String> brandNames() {
    var names = new HashMap<String, String>();
    catalog.brands().forEach(brand -> names.put(brand.slug(), brand.name()));
    return names;
  }

  Map<String, String> categoryNames() {
    var names = new HashMap<String, String>();
    catalog.categoryTree().stream()
        .flatMap(FacetNames::withChildren)
        .forEach(category -> names.put(category.slug(), category.name()));
    return names;
  }

  private static Stream<CategoryNode> withChildren(CategoryNode node) {
    return Stream.concat(
        Stream.of(node), node.children().stream().flatMap(FacetNames::withChildren));
  }

  private static List<Facets.Value> values(Map<String, Long> counts, Map<String, String> names) {
    return counts.entrySet().stream()
        .map(
            e ->
                new Facets.Value(
                    e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .toList();
  }
}
